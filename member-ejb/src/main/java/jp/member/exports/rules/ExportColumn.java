package jp.member.exports.rules;

import jp.member.members.entity.PersonalField;

/**
 * A column an export may contain, in the order files list them. Personal columns (every field that identifies or
 * describes the person, the member number included: it links the row to the person in every other system) each need
 * a reason in the request. The header of the file is the column's key, stable for the recipient's systems.
 */
public enum ExportColumn {
    MEMBER_NUMBER("member_number", true, null),
    STATUS("status", false, null),
    RANK("rank", false, null),
    ENROLLED_ON("enrolled_on", false, null),
    ENROLMENT_CHANNEL("enrolment_channel", false, null),
    STORE_CODE("store_code", false, null),
    POINTS_BALANCE("points_balance", false, null),
    CONSENT_POST("consent_post", false, null),
    CONSENT_EMAIL("consent_email", false, null),
    CONSENT_PHONE("consent_phone", false, null),
    CONSENT_SMS("consent_sms", false, null),
    NAME_KANJI("name_kanji", true, PersonalField.NAME_KANJI),
    NAME_KANA("name_kana", true, PersonalField.NAME_KANA),
    BIRTH_DATE("birth_date", true, PersonalField.BIRTH_DATE),
    GENDER("gender", true, PersonalField.GENDER),
    POSTAL_CODE("postal_code", true, PersonalField.POSTAL_CODE),
    PREFECTURE("prefecture", true, PersonalField.PREFECTURE),
    CITY("city", true, PersonalField.CITY),
    STREET("street", true, PersonalField.STREET),
    BUILDING("building", true, PersonalField.BUILDING),
    PHONE("phone", true, PersonalField.PHONE),
    EMAIL("email", true, PersonalField.EMAIL);

    private final String key;
    private final boolean personal;
    private final PersonalField field;

    ExportColumn(String key, boolean personal, PersonalField field) {
        this.key = key;
        this.personal = personal;
        this.field = field;
    }

    /** The header in the file and the name in the audit trail. */
    public String key() {
        return key;
    }

    public boolean isPersonal() {
        return personal;
    }

    /** The sealed field behind the column, or null when the column is stored in clear. */
    public PersonalField field() {
        return field;
    }
}

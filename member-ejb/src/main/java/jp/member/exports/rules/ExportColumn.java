package jp.member.exports.rules;

import java.util.Arrays;
import java.util.Optional;
import jp.member.members.entity.PersonalField;

/**
 * A column an export may contain, in the order files list them. Personal columns (every field that identifies or
 * describes the person, the member number included: it links the row to the person in every other system) each need
 * a reason in the request. The header of the file is the column's key, stable for the recipient's systems, or its
 * Japanese name when the requester asked for Japanese headers (for people reading the file in a spreadsheet).
 */
public enum ExportColumn {
    MEMBER_NUMBER("member_number", "会員番号", true, null),
    STATUS("status", "状態", false, null),
    RANK("rank", "ランク", false, null),
    ENROLLED_ON("enrolled_on", "入会日", false, null),
    ENROLMENT_CHANNEL("enrolment_channel", "入会経路", false, null),
    STORE_CODE("store_code", "入会店舗", false, null),
    POINTS_BALANCE("points_balance", "ポイント残高", false, null),
    CONSENT_POST("consent_post", "同意（郵便）", false, null),
    CONSENT_EMAIL("consent_email", "同意（メール）", false, null),
    CONSENT_PHONE("consent_phone", "同意（電話）", false, null),
    CONSENT_SMS("consent_sms", "同意（SMS）", false, null),
    NAME_KANJI("name_kanji", "氏名", true, PersonalField.NAME_KANJI),
    NAME_KANA("name_kana", "氏名（カナ）", true, PersonalField.NAME_KANA),
    BIRTH_DATE("birth_date", "生年月日", true, PersonalField.BIRTH_DATE),
    GENDER("gender", "性別", true, PersonalField.GENDER),
    POSTAL_CODE("postal_code", "郵便番号", true, PersonalField.POSTAL_CODE),
    PREFECTURE("prefecture", "都道府県", true, PersonalField.PREFECTURE),
    CITY("city", "市区町村", true, PersonalField.CITY),
    STREET("street", "番地", true, PersonalField.STREET),
    BUILDING("building", "建物名", true, PersonalField.BUILDING),
    PHONE("phone", "電話番号", true, PersonalField.PHONE),
    EMAIL("email", "メールアドレス", true, PersonalField.EMAIL);

    private final String key;
    private final String japanese;
    private final boolean personal;
    private final PersonalField field;

    ExportColumn(String key, String japanese, boolean personal, PersonalField field) {
        this.key = key;
        this.japanese = japanese;
        this.personal = personal;
        this.field = field;
    }

    /** The column with this key, if any (provision records and the audit trail name columns by key). */
    public static Optional<ExportColumn> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** The header in the file and the name in the audit trail. */
    public String key() {
        return key;
    }

    /** The header in a file with Japanese headers: the name the request form shows in Japanese. */
    public String japanese() {
        return japanese;
    }

    public boolean isPersonal() {
        return personal;
    }

    /** The sealed field behind the column, or null when the column is stored in clear. */
    public PersonalField field() {
        return field;
    }
}

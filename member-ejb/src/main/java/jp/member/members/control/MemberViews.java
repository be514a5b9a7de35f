package jp.member.members.control;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.member.members.entity.Address;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.Masking;
import jp.member.members.validation.PhoneNumber;
import jp.member.members.validation.PostalCode;

/** How personal fields are shown: masked by default, or in full after a reveal. */
public final class MemberViews {

    /** The fields a masked view discloses in part; its access record lists them. */
    public static final Set<PersonalField> MASKED_DISCLOSURE = EnumSet.of(
            PersonalField.NAME_KANJI,
            PersonalField.NAME_KANA,
            PersonalField.BIRTH_DATE,
            PersonalField.POSTAL_CODE,
            PersonalField.PREFECTURE,
            PersonalField.CITY,
            PersonalField.PHONE,
            PersonalField.EMAIL);

    private MemberViews() {}

    /** Fields hidden entirely show the same mark whether or not they hold a value, so the mask tells nothing. */
    static final String HIDDEN = "＊＊＊＊";

    /** Every field as an agent sees it by default (address only to the city; street and building hidden). */
    public static Map<PersonalField, String> masked(PersonalData data) {
        Address address = data.address();
        Map<PersonalField, String> masked = new EnumMap<>(PersonalField.class);
        masked.put(PersonalField.NAME_KANJI, Masking.name(data.nameKanji()));
        masked.put(PersonalField.NAME_KANA, Masking.name(data.nameKana()));
        masked.put(PersonalField.BIRTH_DATE, Masking.birthDate(data.birthDate()));
        masked.put(PersonalField.GENDER, HIDDEN);
        masked.put(
                PersonalField.POSTAL_CODE,
                address.postalCode() == null ? "" : Masking.postalCode(address.postalCode()));
        masked.put(
                PersonalField.PREFECTURE,
                address.prefecture() == null ? "" : address.prefecture().japanese());
        masked.put(PersonalField.CITY, address.city() == null ? "" : address.city());
        masked.put(PersonalField.STREET, HIDDEN);
        masked.put(PersonalField.BUILDING, HIDDEN);
        masked.put(PersonalField.PHONE, Masking.phone(data.phone()));
        masked.put(PersonalField.EMAIL, Masking.email(data.email()));
        return masked;
    }

    /** One field in full, formatted for reading aloud on the phone. */
    public static String full(PersonalData data, PersonalField field) {
        Address address = data.address();
        return switch (field) {
            case NAME_KANJI -> nullToEmpty(data.nameKanji());
            case NAME_KANA -> nullToEmpty(data.nameKana());
            case BIRTH_DATE -> data.birthDate() == null ? "" : date(data.birthDate());
            case GENDER -> data.gender() == null ? "" : data.gender().name();
            case POSTAL_CODE -> address.postalCode() == null ? "" : PostalCode.format(address.postalCode());
            case PREFECTURE ->
                address.prefecture() == null ? "" : address.prefecture().japanese();
            case CITY -> nullToEmpty(address.city());
            case STREET -> nullToEmpty(address.street());
            case BUILDING -> nullToEmpty(address.building());
            case PHONE -> data.phone() == null ? "" : PhoneNumber.format(data.phone());
            case EMAIL -> nullToEmpty(data.email());
        };
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

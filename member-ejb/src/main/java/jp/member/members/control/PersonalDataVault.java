package jp.member.members.control;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import jp.member.members.entity.Address;
import jp.member.members.entity.Gender;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.SealedPersonalData;
import jp.member.members.validation.Prefecture;
import jp.member.security.crypto.BlindIndex;
import jp.member.security.crypto.FieldCipher;

/**
 * Seals a member's personal data field by field and opens it again. Each ciphertext is bound to its column and to
 * the member's random data reference. Plain Java, so that the bulk import and the benchmarks use exactly this code.
 */
public final class PersonalDataVault {

    static final String PHONE = "phone";
    static final String EMAIL = "email";
    static final String KANA_BIRTH = "kana-birth";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FieldCipher cipher;
    private final BlindIndex index;

    public PersonalDataVault(FieldCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    /** A new random data reference: 128 bits, URL-safe, {@value Member#REF_LENGTH} characters. */
    public static String newDataRef() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public SealedPersonalData seal(PersonalData data, String dataRef) {
        byte[][] sealed = new byte[PersonalField.values().length][];
        for (PersonalField field : PersonalField.values()) {
            sealed[field.ordinal()] = cipher.seal(plain(data, field), aad(field, dataRef));
        }
        return new SealedPersonalData(
                cipher.currentKeyId(),
                sealed,
                phoneIndex(data.phone()),
                emailIndex(data.email()),
                kanaBirthIndex(data.nameKana(), data.birthDate()));
    }

    public PersonalData open(SealedPersonalData sealed, String dataRef) {
        String prefecture = open(sealed, PersonalField.PREFECTURE, dataRef);
        String birth = open(sealed, PersonalField.BIRTH_DATE, dataRef);
        String gender = open(sealed, PersonalField.GENDER, dataRef);
        Address address = new Address(
                open(sealed, PersonalField.POSTAL_CODE, dataRef),
                prefecture == null ? null : Prefecture.of(prefecture).orElse(null),
                open(sealed, PersonalField.CITY, dataRef),
                open(sealed, PersonalField.STREET, dataRef),
                open(sealed, PersonalField.BUILDING, dataRef));
        return new PersonalData(
                open(sealed, PersonalField.NAME_KANJI, dataRef),
                open(sealed, PersonalField.NAME_KANA, dataRef),
                birth == null ? null : LocalDate.parse(birth),
                gender == null ? null : Gender.valueOf(gender),
                address,
                open(sealed, PersonalField.PHONE, dataRef),
                open(sealed, PersonalField.EMAIL, dataRef));
    }

    /** One field in its stored text form (dates ISO, prefecture as its JIS code, gender as its name). */
    public String open(SealedPersonalData sealed, PersonalField field, String dataRef) {
        return open(sealed.sealed(field), field, dataRef);
    }

    /** One field from its sealed bytes as read from its column (a streaming reader that builds no record). */
    public String open(byte[] sealed, PersonalField field, String dataRef) {
        return cipher.open(sealed, aad(field, dataRef));
    }

    /** True when the record was sealed with an older key and should be re-encrypted. */
    public boolean needsRotation(SealedPersonalData sealed) {
        return sealed.keyId() != null && !sealed.keyId().equals(cipher.currentKeyId());
    }

    public Integer phoneIndex(String normalizedPhone) {
        return index.of(PHONE, normalizedPhone);
    }

    public Integer emailIndex(String normalizedEmail) {
        return index.of(EMAIL, normalizedEmail);
    }

    public Integer kanaBirthIndex(String normalizedKana, LocalDate birthDate) {
        return normalizedKana == null || birthDate == null
                ? null
                : index.of(KANA_BIRTH, normalizedKana + "|" + birthDate);
    }

    private static String aad(PersonalField field, String dataRef) {
        return field.column() + "|" + dataRef;
    }

    private static String plain(PersonalData data, PersonalField field) {
        Address address = data.address();
        return switch (field) {
            case NAME_KANJI -> data.nameKanji();
            case NAME_KANA -> data.nameKana();
            case BIRTH_DATE ->
                data.birthDate() == null ? null : data.birthDate().toString();
            case GENDER -> data.gender() == null ? null : data.gender().name();
            case POSTAL_CODE -> address == null ? null : address.postalCode();
            case PREFECTURE ->
                address == null || address.prefecture() == null
                        ? null
                        : address.prefecture().code();
            case CITY -> address == null ? null : address.city();
            case STREET -> address == null ? null : address.street();
            case BUILDING -> address == null ? null : address.building();
            case PHONE -> data.phone();
            case EMAIL -> data.email();
        };
    }
}

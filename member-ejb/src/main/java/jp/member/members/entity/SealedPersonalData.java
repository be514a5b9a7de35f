package jp.member.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jp.member.security.crypto.KeyRing;

/**
 * The personal fields as stored: each sealed (AES-256-GCM, see {@code FieldCipher}) in its binary form, and three
 * blind indexes for exact-match search. Only {@code PersonalDataVault} makes or opens one. The column lengths are
 * bytes: the longest value each field may hold, plus at most 46 bytes of header, nonce and tag.
 */
@Embeddable
public class SealedPersonalData {

    @Column(name = "data_key_id", length = KeyRing.KEY_ID_MAX)
    private String keyId;

    @Column(name = "name_kanji_enc", length = 300)
    private byte[] nameKanji;

    @Column(name = "name_kana_enc", length = 400)
    private byte[] nameKana;

    @Column(name = "birth_date_enc", length = 80)
    private byte[] birthDate;

    @Column(name = "gender_enc", length = 80)
    private byte[] gender;

    @Column(name = "postal_code_enc", length = 80)
    private byte[] postalCode;

    @Column(name = "prefecture_enc", length = 80)
    private byte[] prefecture;

    @Column(name = "city_enc", length = 300)
    private byte[] city;

    @Column(name = "street_enc", length = 500)
    private byte[] street;

    @Column(name = "building_enc", length = 500)
    private byte[] building;

    @Column(name = "phone_enc", length = 80)
    private byte[] phone;

    @Column(name = "email_enc", length = 320)
    private byte[] email;

    @Column(name = "bidx_phone")
    private Integer phoneIndex;

    @Column(name = "bidx_email")
    private Integer emailIndex;

    @Column(name = "bidx_kana_birth")
    private Integer kanaBirthIndex;

    protected SealedPersonalData() {}

    public SealedPersonalData(
            String keyId, byte[][] sealedByField, Integer phoneIndex, Integer emailIndex, Integer kanaBirthIndex) {
        this.keyId = keyId;
        this.nameKanji = sealedByField[PersonalField.NAME_KANJI.ordinal()];
        this.nameKana = sealedByField[PersonalField.NAME_KANA.ordinal()];
        this.birthDate = sealedByField[PersonalField.BIRTH_DATE.ordinal()];
        this.gender = sealedByField[PersonalField.GENDER.ordinal()];
        this.postalCode = sealedByField[PersonalField.POSTAL_CODE.ordinal()];
        this.prefecture = sealedByField[PersonalField.PREFECTURE.ordinal()];
        this.city = sealedByField[PersonalField.CITY.ordinal()];
        this.street = sealedByField[PersonalField.STREET.ordinal()];
        this.building = sealedByField[PersonalField.BUILDING.ordinal()];
        this.phone = sealedByField[PersonalField.PHONE.ordinal()];
        this.email = sealedByField[PersonalField.EMAIL.ordinal()];
        this.phoneIndex = phoneIndex;
        this.emailIndex = emailIndex;
        this.kanaBirthIndex = kanaBirthIndex;
    }

    /** What is left after anonymisation: nothing. */
    public static SealedPersonalData erased() {
        return new SealedPersonalData(null, new byte[PersonalField.values().length][], null, null, null);
    }

    /** The sealed bytes themselves, not a copy (the bulk import binds millions of them): callers must not change them. */
    public byte[] sealed(PersonalField field) {
        return switch (field) {
            case NAME_KANJI -> nameKanji;
            case NAME_KANA -> nameKana;
            case BIRTH_DATE -> birthDate;
            case GENDER -> gender;
            case POSTAL_CODE -> postalCode;
            case PREFECTURE -> prefecture;
            case CITY -> city;
            case STREET -> street;
            case BUILDING -> building;
            case PHONE -> phone;
            case EMAIL -> email;
        };
    }

    public String keyId() {
        return keyId;
    }

    public Integer phoneIndex() {
        return phoneIndex;
    }

    public Integer emailIndex() {
        return emailIndex;
    }

    public Integer kanaBirthIndex() {
        return kanaBirthIndex;
    }
}

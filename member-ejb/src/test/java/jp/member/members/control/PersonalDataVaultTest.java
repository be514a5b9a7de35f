package jp.member.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import jp.member.members.entity.Address;
import jp.member.members.entity.Gender;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.SealedPersonalData;
import jp.member.members.validation.Prefecture;
import jp.member.security.crypto.BlindIndex;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.KeyRing;
import jp.member.security.crypto.TamperedException;
import jp.member.security.crypto.TestKeyRings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataVaultTest {

    private static final String REF = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final String OTHER_REF = "BBBBBBBBBBBBBBBBBBBBBB";

    private static final PersonalData WITHOUT_GENDER_AND_BUILDING = new PersonalData(
            "山田　花子",
            "ヤマダ　ハナコ",
            LocalDate.of(1985, 4, 12),
            null,
            new Address("1000001", Prefecture.TOKYO, "千代田区", "千代田1-1", null),
            "09012345678",
            "hanako.yamada@example.jp");

    private static final PersonalData COMPLETE = new PersonalData(
            "𠮷田　太郎",
            "ヨシダ　タロウ",
            LocalDate.of(1970, 1, 31),
            Gender.MALE,
            new Address("5300001", Prefecture.OSAKA, "大阪市北区", "梅田1-1-1", "梅田ビル１０１号"),
            "0612345678",
            "taro.yoshida@example.co.jp");

    private final KeyRing ring = TestKeyRings.of("k1");
    private final PersonalDataVault vault = vault(ring);

    @Test
    @DisplayName("seal then open gives back equal data, with gender and building left empty")
    void roundTripWithEmptyFields() {
        SealedPersonalData sealed = vault.seal(WITHOUT_GENDER_AND_BUILDING, REF);

        PersonalData opened = vault.open(sealed, REF);

        assertThat(opened).isEqualTo(WITHOUT_GENDER_AND_BUILDING);
        assertThat(sealed.sealed(PersonalField.GENDER)).isNull();
        assertThat(sealed.sealed(PersonalField.BUILDING)).isNull();
    }

    @Test
    @DisplayName("seal then open gives back equal data with every field filled")
    void roundTripComplete() {
        PersonalData opened = vault.open(vault.seal(COMPLETE, REF), REF);

        assertThat(opened).isEqualTo(COMPLETE);
    }

    @Test
    @DisplayName("one field opens in its stored text form: ISO date, prefecture code, gender name")
    void openOneField() {
        SealedPersonalData sealed = vault.seal(COMPLETE, REF);

        assertThat(vault.open(sealed, PersonalField.BIRTH_DATE, REF)).isEqualTo("1970-01-31");
        assertThat(vault.open(sealed, PersonalField.PREFECTURE, REF)).isEqualTo("27");
        assertThat(vault.open(sealed, PersonalField.GENDER, REF)).isEqualTo("MALE");
        assertThat(vault.open(sealed, PersonalField.PHONE, REF)).isEqualTo("0612345678");
    }

    @Test
    @DisplayName("every sealed column is under the current key and contains none of the clear values")
    void sealedFormHidesValues() {
        PersonalData data = WITHOUT_GENDER_AND_BUILDING;
        List<String> clear =
                List.of(data.phone(), data.email(), "hanako", data.nameKanji(), "山田", "ハナコ", "1000001", "千代田", "1985");

        SealedPersonalData sealed = vault.seal(data, REF);

        assertThat(sealed.keyId()).isEqualTo("k1");
        for (PersonalField field : PersonalField.values()) {
            byte[] column = sealed.sealed(field);
            if (column == null) {
                continue;
            }
            assertThat(column[0]).as(field.name()).isEqualTo((byte) 1);
            assertThat(FieldCipher.keyIdOf(column)).as(field.name()).isEqualTo("k1");
            for (String value : clear) {
                assertThat(indexOf(column, value.getBytes(StandardCharsets.UTF_8)))
                        .as("%s contains %s", field.name(), value)
                        .isNegative();
            }
        }
    }

    @Test
    @DisplayName("data sealed for one record does not open for another data reference")
    void otherDataRefIsRefused() {
        SealedPersonalData sealed = vault.seal(WITHOUT_GENDER_AND_BUILDING, REF);

        assertThatThrownBy(() -> vault.open(sealed, OTHER_REF)).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("a ciphertext moved to another column does not open there")
    void movedColumnIsRefused() {
        SealedPersonalData sealed = vault.seal(COMPLETE, REF);
        byte[][] columns = new byte[PersonalField.values().length][];
        for (PersonalField field : PersonalField.values()) {
            columns[field.ordinal()] = sealed.sealed(field);
        }
        columns[PersonalField.CITY.ordinal()] = sealed.sealed(PersonalField.STREET);
        SealedPersonalData swapped = new SealedPersonalData(
                sealed.keyId(), columns, sealed.phoneIndex(), sealed.emailIndex(), sealed.kanaBirthIndex());

        assertThatThrownBy(() -> vault.open(swapped, PersonalField.CITY, REF))
                .isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("the phone, e-mail and kana-and-birth indexes equal those computed directly")
    void indexesMatchBlindIndex() {
        PersonalData data = WITHOUT_GENDER_AND_BUILDING;
        BlindIndex index = new BlindIndex(ring);

        SealedPersonalData sealed = vault.seal(data, REF);

        assertThat(sealed.phoneIndex())
                .isEqualTo(index.of("phone", "09012345678"))
                .isEqualTo(vault.phoneIndex("09012345678"));
        assertThat(sealed.emailIndex())
                .isEqualTo(index.of("email", "hanako.yamada@example.jp"))
                .isEqualTo(vault.emailIndex("hanako.yamada@example.jp"));
        assertThat(sealed.kanaBirthIndex())
                .isEqualTo(index.of("kana-birth", "ヤマダ　ハナコ|1985-04-12"))
                .isEqualTo(vault.kanaBirthIndex("ヤマダ　ハナコ", LocalDate.of(1985, 4, 12)));
    }

    @Test
    @DisplayName("the indexes do not depend on the data reference, so a search finds the member")
    void indexesIgnoreDataRef() {
        SealedPersonalData one = vault.seal(WITHOUT_GENDER_AND_BUILDING, REF);
        SealedPersonalData other = vault.seal(WITHOUT_GENDER_AND_BUILDING, OTHER_REF);

        assertThat(other.phoneIndex()).isEqualTo(one.phoneIndex());
        assertThat(other.emailIndex()).isEqualTo(one.emailIndex());
        assertThat(other.kanaBirthIndex()).isEqualTo(one.kanaBirthIndex());
    }

    @Test
    @DisplayName("without e-mail or birth date the matching index is empty")
    void missingIndexValues() {
        PersonalData noEmail = WITHOUT_GENDER_AND_BUILDING.withContact(
                WITHOUT_GENDER_AND_BUILDING.address(), WITHOUT_GENDER_AND_BUILDING.phone(), null);

        SealedPersonalData sealed = vault.seal(noEmail, REF);

        assertThat(sealed.emailIndex()).isNull();
        assertThat(sealed.sealed(PersonalField.EMAIL)).isNull();
        assertThat(vault.kanaBirthIndex("ヤマダ　ハナコ", null)).isNull();
        assertThat(vault.kanaBirthIndex(null, LocalDate.of(1985, 4, 12))).isNull();
    }

    @Test
    @DisplayName("needsRotation: true for data sealed under an older key once the current key changed")
    void needsRotation() {
        SealedPersonalData sealedUnderK1 = vault.seal(COMPLETE, REF);
        PersonalDataVault rotated = vault(TestKeyRings.of("k2", "k1"));

        assertThat(vault.needsRotation(sealedUnderK1)).isFalse();
        assertThat(rotated.needsRotation(sealedUnderK1)).isTrue();
        assertThat(rotated.open(sealedUnderK1, REF)).isEqualTo(COMPLETE);
        SealedPersonalData resealed = rotated.seal(rotated.open(sealedUnderK1, REF), REF);
        assertThat(rotated.needsRotation(resealed)).isFalse();
        assertThat(resealed.keyId()).isEqualTo("k2");
    }

    @Test
    @DisplayName("needsRotation: false for erased data, which has no key")
    void erasedNeedsNoRotation() {
        assertThat(vault.needsRotation(SealedPersonalData.erased())).isFalse();
    }

    @Test
    @DisplayName("newDataRef: 22 URL-safe characters, different on each call")
    void newDataRef() {
        Set<String> refs = new HashSet<>();

        IntStream.range(0, 100).forEach(i -> refs.add(PersonalDataVault.newDataRef()));

        assertThat(refs).hasSize(100).allSatisfy(ref -> assertThat(ref).matches("[A-Za-z0-9_-]{22}"));
    }

    /** Where {@code part} starts in {@code whole}, or -1. */
    private static int indexOf(byte[] whole, byte[] part) {
        for (int i = 0; i + part.length <= whole.length; i++) {
            if (Arrays.equals(whole, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static PersonalDataVault vault(KeyRing keys) {
        return new PersonalDataVault(new FieldCipher(keys), new BlindIndex(keys));
    }
}

package jp.member.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;
import jp.member.members.entity.Address;
import jp.member.members.entity.Gender;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberViewsTest {

    private static final PersonalData DATA = new PersonalData(
            "山田　太郎",
            "ヤマダ　タロウ",
            LocalDate.of(1985, 4, 12),
            Gender.MALE,
            new Address("1000001", Prefecture.TOKYO, "千代田区", "千代田1-1", "千代田ハイツ101"),
            "09012345678",
            "taro.yamada@example.jp");

    private static final PersonalData SPARSE = new PersonalData(
            "林",
            "ハヤシ",
            LocalDate.of(2001, 12, 1),
            null,
            new Address("5300001", Prefecture.OSAKA, "大阪市北区", null, null),
            "0612345678",
            null);

    @Test
    @DisplayName(
            "masked: names, phone, e-mail, birth date and postal code in part; area shown; street and building hidden")
    void masked() {
        Map<PersonalField, String> masked = MemberViews.masked(DATA);

        assertThat(masked)
                .containsOnly(
                        entry(PersonalField.NAME_KANJI, "山＊　太＊"),
                        entry(PersonalField.NAME_KANA, "ヤ＊＊　タ＊＊"),
                        entry(PersonalField.BIRTH_DATE, "1985-**-**"),
                        entry(PersonalField.GENDER, "＊＊＊＊"),
                        entry(PersonalField.POSTAL_CODE, "100-****"),
                        entry(PersonalField.PREFECTURE, "東京都"),
                        entry(PersonalField.CITY, "千代田区"),
                        entry(PersonalField.STREET, "＊＊＊＊"),
                        entry(PersonalField.BUILDING, "＊＊＊＊"),
                        entry(PersonalField.PHONE, "090-****-5678"),
                        entry(PersonalField.EMAIL, "t****@example.jp"));
    }

    @Test
    @DisplayName("masked: hidden fields look the same whether empty or not; a missing e-mail is shown as empty")
    void maskedMissingValues() {
        Map<PersonalField, String> masked = MemberViews.masked(SPARSE);

        assertThat(masked)
                .containsEntry(PersonalField.STREET, "＊＊＊＊")
                .containsEntry(PersonalField.BUILDING, "＊＊＊＊")
                .containsEntry(PersonalField.GENDER, "＊＊＊＊")
                .containsEntry(PersonalField.EMAIL, "")
                .containsEntry(PersonalField.PHONE, "06-****-5678")
                .containsEntry(PersonalField.PREFECTURE, "大阪府")
                .containsEntry(PersonalField.NAME_KANJI, "林＊");
    }

    @Test
    @DisplayName("masked: no value contains the full phone, e-mail, street or building")
    void maskedHidesFullValues() {
        Map<PersonalField, String> masked = MemberViews.masked(DATA);

        assertThat(masked.values()).allSatisfy(value -> assertThat(value)
                .doesNotContain("09012345678")
                .doesNotContain("090-1234-5678")
                .doesNotContain("1234")
                .doesNotContain("taro.yamada")
                .doesNotContain("千代田1-1")
                .doesNotContain("ハイツ")
                .doesNotContain("1000001")
                .doesNotContain("太郎"));
    }

    @Test
    @DisplayName("MASKED_DISCLOSURE lists what the masked view shows in part, without street, building and gender")
    void maskedDisclosure() {
        assertThat(MemberViews.MASKED_DISCLOSURE)
                .containsExactlyInAnyOrder(
                        PersonalField.NAME_KANJI,
                        PersonalField.NAME_KANA,
                        PersonalField.BIRTH_DATE,
                        PersonalField.POSTAL_CODE,
                        PersonalField.PREFECTURE,
                        PersonalField.CITY,
                        PersonalField.PHONE,
                        PersonalField.EMAIL)
                .doesNotContain(PersonalField.STREET, PersonalField.BUILDING, PersonalField.GENDER);
    }

    @ParameterizedTest
    @CsvSource({
        "NAME_KANJI,  山田　太郎",
        "NAME_KANA,   ヤマダ　タロウ",
        "BIRTH_DATE,  1985-04-12",
        "GENDER,      MALE",
        "POSTAL_CODE, 100-0001",
        "PREFECTURE,  東京都",
        "CITY,        千代田区",
        "STREET,      千代田1-1",
        "BUILDING,    千代田ハイツ101",
        "PHONE,       090-1234-5678",
        "EMAIL,       taro.yamada@example.jp"
    })
    @DisplayName("full: each field formatted for reading aloud")
    void full(PersonalField field, String expected) {
        String shown = MemberViews.full(DATA, field);

        assertThat(shown).isEqualTo(expected);
    }

    @Test
    @DisplayName("full: a fixed-line phone is grouped by area code; missing values are empty")
    void fullSparse() {
        assertThat(MemberViews.full(SPARSE, PersonalField.PHONE)).isEqualTo("06-1234-5678");
        assertThat(MemberViews.full(SPARSE, PersonalField.BUILDING)).isEmpty();
        assertThat(MemberViews.full(SPARSE, PersonalField.STREET)).isEmpty();
        assertThat(MemberViews.full(SPARSE, PersonalField.GENDER)).isEmpty();
        assertThat(MemberViews.full(SPARSE, PersonalField.EMAIL)).isEmpty();
    }
}

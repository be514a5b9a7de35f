package jp.member.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.Address;
import jp.member.members.entity.Gender;
import jp.member.members.entity.PersonalData;
import jp.member.members.validation.Prefecture;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** The data of an existing member, as the vault opens it, for contact changes. */
    private static final PersonalData CURRENT = new PersonalData(
            "山田　太郎",
            "ヤマダ　タロウ",
            LocalDate.of(1985, 4, 12),
            Gender.MALE,
            new Address("1000001", Prefecture.TOKYO, "千代田区", "千代田1-1", "千代田ハイツ101"),
            "09012345678",
            "taro.yamada@example.jp");

    @Test
    @DisplayName("a valid input is normalised field by field")
    void validInputIsNormalised() {
        MemberInput input = valid().build();

        PersonalData data = MemberRules.personalData(input, TODAY);

        assertThat(data)
                .isEqualTo(new PersonalData(
                        "山田　太郎",
                        "ヤマダ　タロウ",
                        LocalDate.of(1985, 4, 12),
                        Gender.FEMALE,
                        new Address("1000001", Prefecture.TOKYO, "千代田区", "千代田1-1", "千代田ハイツ101"),
                        "09012345678",
                        "taro.yamada@example.jp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ﾔﾏﾀﾞ ﾀﾛｳ", "やまだ　たろう", "ヤマダ  タロウ", " ﾔﾏﾀﾞ　たろう "})
    @DisplayName("kana in half-width katakana, hiragana or with any spaces becomes full-width katakana")
    void kanaIsNormalised(String kana) {
        PersonalData data = MemberRules.personalData(valid().nameKana(kana).build(), TODAY);

        assertThat(data.nameKana()).isEqualTo("ヤマダ\u3000タロウ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田 太郎", "山田　太郎", "山田 \u3000 太郎", " 山田  太郎 "})
    @DisplayName("the parts of the name are separated by one ideographic space however they were typed")
    void nameSpacesBecomeOneIdeographicSpace(String name) {
        PersonalData data = MemberRules.personalData(valid().nameKanji(name).build(), TODAY);

        assertThat(data.nameKanji()).isEqualTo("山田\u3000太郎");
    }

    @ParameterizedTest
    @ValueSource(strings = {"〒１００－０００１", "100-0001", "1000001", " 〒100ー0001 "})
    @DisplayName("the postal code is stored as its seven ASCII digits")
    void postalCodeIsNormalised(String postalCode) {
        PersonalData data =
                MemberRules.personalData(valid().postalCode(postalCode).build(), TODAY);

        assertThat(data.address().postalCode()).isEqualTo("1000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+81 90-1234-5678", "090-1234-5678", "０９０（１２３４）５６７８", "81-90-1234-5678"})
    @DisplayName("the phone number is stored as its domestic digits")
    void phoneIsNormalised(String phone) {
        PersonalData data = MemberRules.personalData(valid().phone(phone).build(), TODAY);

        assertThat(data.phone()).isEqualTo("09012345678");
    }

    @Test
    @DisplayName("the e-mail address is stored in lower case")
    void emailIsLowerCased() {
        PersonalData data = MemberRules.personalData(
                valid().email(" TARO.Yamada@EXAMPLE.JP ").build(), TODAY);

        assertThat(data.email()).isEqualTo("taro.yamada@example.jp");
    }

    @Test
    @DisplayName("the e-mail address is optional")
    void emailIsOptional() {
        PersonalData data = MemberRules.personalData(valid().email("  ").build(), TODAY);

        assertThat(data.email()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京都", "東京", "13", "１３", "Tokyo", "TOKYO"})
    @DisplayName("the prefecture is accepted by name or by JIS code")
    void prefectureByNameOrCode(String prefecture) {
        PersonalData data =
                MemberRules.personalData(valid().prefecture(prefecture).build(), TODAY);

        assertThat(data.address().prefecture()).isEqualTo(Prefecture.TOKYO);
    }

    @ParameterizedTest
    @CsvSource({
        "F, FEMALE",
        "f, FEMALE",
        "female, FEMALE",
        "女, FEMALE",
        "女性, FEMALE",
        "M, MALE",
        "男性, MALE",
        "O, OTHER",
        "X, OTHER",
        "その他, OTHER"
    })
    @DisplayName("gender is accepted as a letter, an English or a Japanese word")
    void genderWords(String typed, Gender expected) {
        PersonalData data = MemberRules.personalData(valid().gender(typed).build(), TODAY);

        assertThat(data.gender()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    @DisplayName("a blank gender means the member did not say")
    void blankGenderIsNull(String blank) {
        PersonalData data = MemberRules.personalData(valid().gender(blank).build(), TODAY);

        assertThat(data.gender()).isNull();
    }

    @Test
    @DisplayName("a blank building is stored as no building")
    void blankBuildingIsNull() {
        PersonalData data = MemberRules.personalData(valid().building(" ").build(), TODAY);

        assertThat(data.address().building()).isNull();
    }

    @Test
    @DisplayName("a name of 50 characters, one of them outside the BMP, is within the limit")
    void nameAtLimit() {
        String name = "𠮷" + "田".repeat(49);

        PersonalData data = MemberRules.personalData(valid().nameKanji(name).build(), TODAY);

        assertThat(data.nameKanji()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1985-04-12", "1985/4/12", "１９８５／０４／１２", "S60.4.12", "昭和60年4月12日", "昭和６０年４月１２日", "㍼60年4月12日"})
    @DisplayName("the birth date is read in the Western and in the Japanese calendar, in half or full width")
    void birthDateForms(String typed) {
        PersonalData data = MemberRules.personalData(valid().birthDate(typed).build(), TODAY);

        assertThat(data.birthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＴＡＲＯ．ＹＡＭＡＤＡ＠ＥＸＡＭＰＬＥ．ＪＰ", "taro.yamada＠example。jp", "taro.yamada@example．jp"})
    @DisplayName("an e-mail address typed in full width, with the IME's ＠ and 。, is stored in ASCII")
    void emailInFullWidth(String typed) {
        PersonalData data = MemberRules.personalData(valid().email(typed).build(), TODAY);

        assertThat(data.email()).isEqualTo("taro.yamada@example.jp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"０９０ー１２３４ー５６７８", "090―1234―5678", "０９０　１２３４　５６７８", "＋８１　９０‐１２３４‐５６７８"})
    @DisplayName("a phone number typed in full width, with any dash or space, is stored as its domestic digits")
    void phoneInFullWidth(String typed) {
        PersonalData data = MemberRules.personalData(valid().phone(typed).build(), TODAY);

        assertThat(data.phone()).isEqualTo("09012345678");
    }

    @ParameterizedTest
    @CsvSource({"Ｆ, FEMALE", "ｆｅｍａｌｅ, FEMALE", "Ｍ, MALE"})
    @DisplayName("a gender letter or word in full width is accepted")
    void genderInFullWidth(String typed, Gender expected) {
        PersonalData data = MemberRules.personalData(valid().gender(typed).build(), TODAY);

        assertThat(data.gender()).isEqualTo(expected);
    }

    @Test
    @DisplayName("a birth date of today is accepted")
    void birthToday() {
        PersonalData data =
                MemberRules.personalData(valid().birthDate("2026-11-28").build(), TODAY);

        assertThat(data.birthDate()).isEqualTo(TODAY);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("missing name", b -> b.nameKanji(null), "nameKanji", "member.nameKanji.required"),
                invalid("blank name", b -> b.nameKanji(" \u3000 "), "nameKanji", "member.nameKanji.required"),
                invalid("51-character name", b -> b.nameKanji("山".repeat(51)), "nameKanji", "member.nameKanji.tooLong"),
                invalid("name with a tab", b -> b.nameKanji("山田\t太郎"), "nameKanji", "member.nameKanji.invalid"),
                invalid("name with a NUL", b -> b.nameKanji("山田\u0000太郎"), "nameKanji", "member.nameKanji.invalid"),
                invalid("missing kana", b -> b.nameKana(""), "nameKana", "member.nameKana.required"),
                invalid(
                        "kana in Latin letters",
                        b -> b.nameKana("Yamada Taro"),
                        "nameKana",
                        "member.nameKana.notKatakana"),
                invalid("kana with kanji", b -> b.nameKana("ヤマダ　太郎"), "nameKana", "member.nameKana.notKatakana"),
                invalid("101-character kana", b -> b.nameKana("ア".repeat(101)), "nameKana", "member.nameKana.tooLong"),
                invalid("missing birth date", b -> b.birthDate(null), "birthDate", "member.birthDate.required"),
                invalid("blank birth date", b -> b.birthDate(" \u3000"), "birthDate", "member.birthDate.required"),
                invalid("birth month 13", b -> b.birthDate("1985-13-01"), "birthDate", "date.noSuchDay"),
                invalid("birth date not a date", b -> b.birthDate("昭和60年"), "birthDate", "date.unreadable"),
                invalid("birth date after Showa", b -> b.birthDate("昭和64年1月8日"), "birthDate", "date.outsideShowa"),
                invalid("birth date before Heisei", b -> b.birthDate("平成元年1月7日"), "birthDate", "date.outsideHeisei"),
                invalid(
                        "birth date in the future",
                        b -> b.birthDate("R8.11.29"),
                        "birthDate",
                        "member.birthDate.future"),
                invalid("birth date tomorrow", b -> b.birthDate("2026-11-29"), "birthDate", "member.birthDate.future"),
                invalid(
                        "birth date in 1899",
                        b -> b.birthDate("1899-12-31"),
                        "birthDate",
                        "member.birthDate.implausible"),
                invalid("gender Z", b -> b.gender("Z"), "gender", "member.gender.invalid"),
                invalid(
                        "postal code of 5 digits",
                        b -> b.postalCode("12345"),
                        "postalCode",
                        "member.postalCode.invalid"),
                invalid("missing postal code", b -> b.postalCode(null), "postalCode", "member.postalCode.required"),
                invalid("blank postal code", b -> b.postalCode(" "), "postalCode", "member.postalCode.required"),
                invalid(
                        "prefecture Atlantis",
                        b -> b.prefecture("Atlantis"),
                        "prefecture",
                        "member.prefecture.invalid"),
                invalid("missing city", b -> b.city(null), "city", "member.city.required"),
                invalid("51-character city", b -> b.city("市".repeat(51)), "city", "member.city.tooLong"),
                invalid("missing street", b -> b.street(""), "street", "member.street.required"),
                invalid("street with a line break", b -> b.street("千代田1-1\n2F"), "street", "member.street.invalid"),
                invalid(
                        "101-character building",
                        b -> b.building("ビ".repeat(101)),
                        "building",
                        "member.building.invalid"),
                invalid(
                        "building with a control character",
                        b -> b.building("ビル\u0007"),
                        "building",
                        "member.building.invalid"),
                invalid("phone 123", b -> b.phone("123"), "phone", "member.phone.invalid"),
                invalid("missing phone", b -> b.phone(null), "phone", "member.phone.required"),
                invalid("e-mail a@b", b -> b.email("a@b"), "email", "member.email.invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    @DisplayName("each invalid field yields exactly its own violation")
    void invalidField(String description, UnaryOperator<InputBuilder> change, String field, String messageKey) {
        MemberInput input = change.apply(valid()).build();

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> MemberRules.personalData(input, TODAY));

        assertThat(e).isNotNull();
        assertThat(e.violations()).containsExactly(new Violation(field, messageKey));
        assertThat(e.messageKey()).isEqualTo("input.invalid");
    }

    @Test
    @DisplayName("several invalid fields are all reported at once")
    void severalViolations() {
        MemberInput input = valid().nameKanji(null)
                .birthDate("1985-13-01")
                .postalCode("12345")
                .prefecture("Atlantis")
                .phone("123")
                .email("a@b")
                .build();

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> MemberRules.personalData(input, TODAY));

        assertThat(e.violations())
                .containsExactlyInAnyOrder(
                        new Violation("nameKanji", "member.nameKanji.required"),
                        new Violation("birthDate", "date.noSuchDay"),
                        new Violation("postalCode", "member.postalCode.invalid"),
                        new Violation("prefecture", "member.prefecture.invalid"),
                        new Violation("phone", "member.phone.invalid"),
                        new Violation("email", "member.email.invalid"));
    }

    @Test
    @DisplayName("the refusal carries no input value in its message")
    void refusalCarriesNoValues() {
        MemberInput input = valid().phone("0901234567890").build();

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> MemberRules.personalData(input, TODAY));

        assertThat(e.getMessage()).doesNotContain("0901234567890").doesNotContain("山田");
    }

    @Test
    @DisplayName("withContact: only a phone given changes only the phone")
    void contactPhoneOnly() {
        MemberInput contact = MemberInput.contact(null, "", " ", null, null, "080-9876-5432", null);

        PersonalData changed = MemberRules.withContact(CURRENT, contact);

        assertThat(changed)
                .isEqualTo(new PersonalData(
                        CURRENT.nameKanji(),
                        CURRENT.nameKana(),
                        CURRENT.birthDate(),
                        CURRENT.gender(),
                        CURRENT.address(),
                        "08098765432",
                        CURRENT.email()));
    }

    @Test
    @DisplayName("withContact: only an e-mail given changes only the e-mail")
    void contactEmailOnly() {
        MemberInput contact = MemberInput.contact(null, null, null, null, null, "  ", "New.Address@Example.JP");

        PersonalData changed = MemberRules.withContact(CURRENT, contact);

        assertThat(changed)
                .isEqualTo(new PersonalData(
                        CURRENT.nameKanji(),
                        CURRENT.nameKana(),
                        CURRENT.birthDate(),
                        CURRENT.gender(),
                        CURRENT.address(),
                        CURRENT.phone(),
                        "new.address@example.jp"));
    }

    @Test
    @DisplayName("withContact: a full address replaces the whole address, building included")
    void contactAddress() {
        MemberInput contact = MemberInput.contact("530-0001", "大阪府", "大阪市北区", "梅田1-1-1", null, null, null);

        PersonalData changed = MemberRules.withContact(CURRENT, contact);

        assertThat(changed.address()).isEqualTo(new Address("5300001", Prefecture.OSAKA, "大阪市北区", "梅田1-1-1", null));
        assertThat(changed.phone()).isEqualTo(CURRENT.phone());
        assertThat(changed.email()).isEqualTo(CURRENT.email());
        assertThat(changed.nameKanji()).isEqualTo(CURRENT.nameKanji());
        assertThat(changed.birthDate()).isEqualTo(CURRENT.birthDate());
    }

    @Test
    @DisplayName("withContact: part of an address is not merged with the old one; the missing parts are asked for")
    void contactPartialAddress() {
        MemberInput contact = MemberInput.contact(null, null, "大阪市北区", null, null, null, null);

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> MemberRules.withContact(CURRENT, contact));

        assertThat(e.violations())
                .containsExactlyInAnyOrder(
                        new Violation("postalCode", "member.postalCode.required"),
                        new Violation("prefecture", "member.prefecture.invalid"),
                        new Violation("street", "member.street.required"));
    }

    @Test
    @DisplayName("withContact: nothing given is refused with the violation contact / nothingToChange")
    void contactNothingGiven() {
        MemberInput contact = MemberInput.contact(null, " ", "", null, "\u3000", "", null);

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> MemberRules.withContact(CURRENT, contact));

        assertThat(e.violations()).containsExactly(new Violation("contact", "member.contact.nothingToChange"));
    }

    @Test
    @DisplayName("withContact: an invalid phone refuses the whole change, a valid e-mail with it included")
    void contactInvalidPhone() {
        MemberInput contact = MemberInput.contact(null, null, null, null, null, "123", "new@example.jp");

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> MemberRules.withContact(CURRENT, contact));

        assertThat(e).isNotNull();
        assertThat(e.violations()).containsExactly(new Violation("phone", "member.phone.invalid"));
    }

    private static Arguments invalid(
            String description, UnaryOperator<InputBuilder> change, String field, String messageKey) {
        return Arguments.of(description, change, field, messageKey);
    }

    /** A valid input, typed the way members type it (half-width kana, full-width digits, +81). */
    private static InputBuilder valid() {
        return new InputBuilder()
                .nameKanji("山田  太郎")
                .nameKana("ﾔﾏﾀﾞ ﾀﾛｳ")
                .birthDate("1985-04-12")
                .gender("F")
                .postalCode("〒１００－０００１")
                .prefecture("東京都")
                .city("千代田区")
                .street("千代田1-1")
                .building("千代田ハイツ101")
                .phone("+81 90-1234-5678")
                .email("Taro.Yamada@Example.JP");
    }

    static final class InputBuilder {
        private String nameKanji;
        private String nameKana;
        private String birthDate;
        private String gender;
        private String postalCode;
        private String prefecture;
        private String city;
        private String street;
        private String building;
        private String phone;
        private String email;

        InputBuilder nameKanji(String value) {
            nameKanji = value;
            return this;
        }

        InputBuilder nameKana(String value) {
            nameKana = value;
            return this;
        }

        InputBuilder birthDate(String value) {
            birthDate = value;
            return this;
        }

        InputBuilder gender(String value) {
            gender = value;
            return this;
        }

        InputBuilder postalCode(String value) {
            postalCode = value;
            return this;
        }

        InputBuilder prefecture(String value) {
            prefecture = value;
            return this;
        }

        InputBuilder city(String value) {
            city = value;
            return this;
        }

        InputBuilder street(String value) {
            street = value;
            return this;
        }

        InputBuilder building(String value) {
            building = value;
            return this;
        }

        InputBuilder phone(String value) {
            phone = value;
            return this;
        }

        InputBuilder email(String value) {
            email = value;
            return this;
        }

        MemberInput build() {
            return new MemberInput(
                    nameKanji,
                    nameKana,
                    birthDate,
                    gender,
                    postalCode,
                    prefecture,
                    city,
                    street,
                    building,
                    phone,
                    email);
        }
    }
}

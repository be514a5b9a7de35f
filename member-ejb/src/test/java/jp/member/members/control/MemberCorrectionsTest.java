package jp.member.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.Address;
import jp.member.members.entity.Gender;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.Prefecture;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A correction at the member's request (APPI Art. 34): only the named fields change, and the result is checked whole. */
class MemberCorrectionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static final PersonalData CURRENT = new PersonalData(
            "山田　太郎",
            "ヤマダ　タロウ",
            LocalDate.of(1985, 4, 12),
            Gender.MALE,
            new Address("1000001", Prefecture.TOKYO, "千代田区", "千代田1-1", null),
            "09012345678",
            "taro.yamada@example.jp");

    private static MemberInput given(String nameKanji, String birthDate, String phone) {
        return new MemberInput(nameKanji, null, birthDate, null, null, null, null, null, null, phone, null);
    }

    @Test
    @DisplayName("the named fields take the true values, normalised; every other field stays as it was")
    void onlyNamedFieldsChange() {
        PersonalData corrected = MemberRules.corrected(
                CURRENT,
                given("山田 太朗", "昭和60年4月21日", "090-9999-0000"),
                Set.of(PersonalField.NAME_KANJI, PersonalField.BIRTH_DATE),
                TODAY);

        assertThat(corrected.nameKanji()).isEqualTo("山田　太朗");
        assertThat(corrected.birthDate()).isEqualTo(LocalDate.of(1985, 4, 21));
        assertThat(corrected.phone()).as("given but not named").isEqualTo(CURRENT.phone());
        assertThat(corrected.address()).isEqualTo(CURRENT.address());
        assertThat(corrected.gender()).isEqualTo(Gender.MALE);
        assertThat(corrected.email()).isEqualTo(CURRENT.email());
    }

    @Test
    @DisplayName("a bad true value is refused with the field's own message; an empty list of fields is refused")
    void badValuesAreRefused() {
        InvalidInputException bad = catchThrowableOfType(
                InvalidInputException.class,
                () -> MemberRules.corrected(CURRENT, given(null, null, "12345"), Set.of(PersonalField.PHONE), TODAY));
        InvalidInputException missing = catchThrowableOfType(
                InvalidInputException.class,
                () -> MemberRules.corrected(CURRENT, given(" ", null, null), Set.of(PersonalField.NAME_KANJI), TODAY));
        InvalidInputException none = catchThrowableOfType(
                InvalidInputException.class,
                () -> MemberRules.corrected(CURRENT, given(null, null, null), Set.of(), TODAY));

        assertThat(bad.violations()).extracting(Violation::messageKey).containsExactly("member.phone.invalid");
        assertThat(missing.violations()).extracting(Violation::messageKey).containsExactly("member.nameKanji.required");
        assertThat(none.violations()).extracting(Violation::messageKey).containsExactly("request.fields.required");
    }
}

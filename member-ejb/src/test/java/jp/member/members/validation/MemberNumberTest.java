package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberNumberTest {

    private static final String VALID = "123456789015";

    @ParameterizedTest
    @ValueSource(strings = {"079927398713", "123456789015", "100000000008", "987654321098", "000000000000"})
    @DisplayName("of takes exactly 12 digits with their check digit")
    void ofValid(String digits) {
        MemberNumber number = MemberNumber.of(digits);

        assertThat(number.digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789012", "12345678901", "1234567890155", "1234 5678 9015", "１２３４５６７８９０１５"})
    @DisplayName("of refuses a wrong check digit, length or form — the typed forms are parse's — without the value")
    void ofRefuses(String digits) {
        var refusal = assertThatIllegalArgumentException().isThrownBy(() -> MemberNumber.of(digits));
        if (digits != null && !digits.isEmpty()) {
            refusal.withMessageNotContaining(digits);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789015", "1234 5678 9015", "1234-5678-9015", " 1234 5678 9015 ", "１２３４５６７８９０１５"})
    @DisplayName("parse reads the number as typed or read from the card, the rules of MemberNumbers")
    void parseTyped(String typed) {
        assertThat(MemberNumber.parse(typed)).contains(MemberNumber.of(VALID));
        assertThat(MemberNumber.parse(typed).map(MemberNumber::digits)).isEqualTo(MemberNumbers.normalize(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789012", "12345678901", "abcdefghijkl", "1234 5678 901"})
    @DisplayName("parse gives nothing for what is no member number: each caller says what that means to it")
    void parseNothing(String typed) {
        assertThat(MemberNumber.parse(typed)).isEmpty();
    }

    @Test
    @DisplayName("numbers are equal by their digits")
    void equality() {
        assertThat(MemberNumber.of(VALID))
                .isEqualTo(MemberNumber.parse("1234-5678-9015").orElseThrow())
                .hasSameHashCodeAs(new MemberNumber(VALID))
                .isNotEqualTo(MemberNumber.of("987654321098"));
    }

    @Test
    @DisplayName("toString is the 12 digits; formatted is the card's groups of four")
    void text() {
        MemberNumber number = MemberNumber.of(VALID);

        assertThat(number).hasToString(VALID);
        assertThat(number.formatted()).isEqualTo("1234 5678 9015");
    }

    @Test
    @DisplayName("a random number is valid and keeps its 12 digits (no leading zero)")
    void random() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            MemberNumber number = MemberNumber.random(random);

            assertThat(MemberNumbers.isValid(number.digits())).isTrue();
            assertThat(number.digits()).doesNotStartWith("0");
        }
    }
}

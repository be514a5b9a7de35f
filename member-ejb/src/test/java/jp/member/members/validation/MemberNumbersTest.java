package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberNumbersTest {

    private static final String VALID = "123456789015";

    @ParameterizedTest
    @CsvSource({
        "07992739871, 079927398713",
        "12345678901, 123456789015",
        "10000000000, 100000000008",
        "98765432109, 987654321098",
        "55555555555, 555555555559",
        "31415926535, 314159265359",
        "00000000000, 000000000000"
    })
    @DisplayName("the check digit is the Luhn digit (the classic 7992739871 → 3 with a leading zero)")
    void checkDigit(String body, String expected) {
        assertThat(MemberNumbers.withCheckDigit(body)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567890", "123456789012", "1234567890a", "１２３４５６７８９０１", "1234 567890"})
    @DisplayName("withCheckDigit refuses anything but 11 ASCII digits")
    void withCheckDigitRefuses(String body) {
        assertThatIllegalArgumentException().isThrownBy(() -> MemberNumbers.withCheckDigit(body));
    }

    @Test
    @DisplayName("the refusal does not repeat the value")
    void refusalWithoutValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MemberNumbers.withCheckDigit("9876543210"))
                .withMessageNotContaining("9876543210");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MemberNumbers.format("98765432"))
                .withMessageNotContaining("98765432");
    }

    @ParameterizedTest
    @ValueSource(strings = {"079927398713", "123456789015", "100000000008", "987654321098"})
    @DisplayName("numbers with their check digit are valid")
    void valid(String number) {
        assertThat(MemberNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"123456789010", "12345678901", "1234567890155", "1234 5678 9015", "１２３４５６７８９０１５", "12345678901a"
            })
    @DisplayName("a wrong check digit, wrong length, separators and non-ASCII digits are not valid")
    void invalid(String number) {
        assertThat(MemberNumbers.isValid(number)).isFalse();
    }

    @Test
    @DisplayName("every single-digit change of a valid number is detected")
    void singleDigitErrors() {
        for (int position = 0; position < VALID.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == VALID.charAt(position)) {
                    continue;
                }
                String changed = VALID.substring(0, position) + digit + VALID.substring(position + 1);

                assertThat(MemberNumbers.isValid(changed)).as(changed).isFalse();
            }
        }
    }

    @Test
    @DisplayName("every swap of neighbouring digits is detected except 0 and 9")
    void transpositions() {
        String number = MemberNumbers.withCheckDigit("90817263545");
        for (int i = 0; i + 1 < number.length(); i++) {
            char left = number.charAt(i);
            char right = number.charAt(i + 1);
            if (left == right) {
                continue;
            }
            String swapped = number.substring(0, i) + right + left + number.substring(i + 2);
            boolean zeroAndNine = (left == '0' && right == '9') || (left == '9' && right == '0');

            assertThat(MemberNumbers.isValid(swapped)).as(swapped).isEqualTo(zeroAndNine);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789015",
                "1234 5678 9015",
                "1234-5678-9015",
                "１２３４　５６７８　９０１５",
                "１２３４－５６７８－９０１５",
                " 1234 5678 9015 ",
                "1234‐5678‐9015",
                "1234ー5678ー9015",
                "1234―5678―9015",
                "１２３４−５６７８−９０１５",
                "1234─5678─9015",
                "1234 - 5678 - 9015",
                "1234  5678\t9015",
                "1234\u30005678－9015"
            })
    @DisplayName("normalize accepts the number as printed or typed")
    void normalize(String input) {
        assertThat(MemberNumbers.normalize(input)).contains(VALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234 5678 9010", "1234 5678 901", "1234/5678/9015", "1234.5678.9015", "ABCD 5678 9015"})
    @DisplayName("normalize refuses a wrong check digit, wrong length and other separators")
    void normalizeRefuses(String input) {
        assertThat(MemberNumbers.normalize(input)).isEmpty();
    }

    @Test
    @DisplayName("format prints groups of four as on the card")
    void format() {
        assertThat(MemberNumbers.format("123456789012")).isEqualTo("1234 5678 9012");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678901", "1234 5678 9012", "１２３４５６７８９０１２"})
    @DisplayName("format refuses anything but 12 ASCII digits")
    void formatRefuses(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> MemberNumbers.format(value));
    }

    @Test
    @DisplayName("random numbers are valid, 12 digits, never start with 0, and differ")
    void random() {
        RandomGenerator random = new SplittableRandom(20260401L);

        for (int i = 0; i < 1000; i++) {
            String number = MemberNumbers.random(random);

            assertThat(number).matches("[1-9][0-9]{11}");
            assertThat(MemberNumbers.isValid(number)).isTrue();
        }
    }

    @Test
    @DisplayName("random uses every first digit 1 to 9 and every check digit")
    void randomSpread() {
        RandomGenerator random = new SplittableRandom(7L);
        boolean[] firstDigits = new boolean[10];
        boolean[] checkDigits = new boolean[10];

        for (int i = 0; i < 1000; i++) {
            String number = MemberNumbers.random(random);
            firstDigits[number.charAt(0) - '0'] = true;
            checkDigits[number.charAt(11) - '0'] = true;
        }

        assertThat(firstDigits).containsExactly(false, true, true, true, true, true, true, true, true, true);
        assertThat(checkDigits).containsOnly(true);
    }
}

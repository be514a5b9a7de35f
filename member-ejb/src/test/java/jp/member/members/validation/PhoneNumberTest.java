package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "09012345678",
                "090-1234-5678",
                "090 1234 5678",
                "(090)1234-5678",
                "090.1234.5678",
                "０９０－１２３４－５６７８",
                "０９０ー１２３４ー５６７８",
                "（０９０）１２３４−５６７８",
                "  090-1234-5678\u3000",
                "+81 90-1234-5678",
                "+819012345678",
                "＋８１ ９０ １２３４ ５６７８",
                "81-90-1234-5678",
                "+81 (0)90-1234-5678",
                "090─1234─5678",
                "090‒1234‒5678",
                "090―1234―5678",
                "０９０　１２３４　５６７８",
                "（０９０）１２３４ー５６７８"
            })
    @DisplayName("the ways people write a mobile number all become 09012345678")
    void mobileAccepted(String input) {
        assertThat(PhoneNumber.normalize(input)).contains("09012345678");
    }

    @ParameterizedTest
    @CsvSource({
        "070-1234-5678, 07012345678",
        "080-1234-5678, 08012345678",
        "050-1234-5678, 05012345678",
        "020-1234-5678, 02012345678",
        "0800-123-4567, 08001234567",
        "03-1234-5678, 0312345678",
        "+81 3 1234 5678, 0312345678",
        "06-1234-5678, 0612345678",
        "045-123-4567, 0451234567",
        "0120-123-456, 0120123456",
        "0570-012-345, 0570012345",
        "0422-12-3456, 0422123456"
    })
    @DisplayName("mobile, IP, M2M, free dial and fixed-line numbers are accepted")
    void kindsAccepted(String input, String expected) {
        assertThat(PhoneNumber.normalize(input)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "123",
                "0000000000",
                "0012345678",
                "090123456789",
                "0901234567890",
                "9012345678",
                "01012345678",
                "03012345678",
                "06012345678",
                "090-1234-567a",
                "090/1234/5678",
                "+1 212 555 0100",
                "+44 20 7946 0958",
                "+81",
                "090+12345678",
                "tel:09012345678"
            })
    @DisplayName("too short, too long, 00, a wrong 11-digit prefix, letters and foreign numbers are refused")
    void refused(String input) {
        assertThat(PhoneNumber.normalize(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "09012345678, 090-1234-5678",
        "05012345678, 050-1234-5678",
        "02012345678, 020-1234-5678",
        "08001234567, 0800-123-4567",
        "0120123456, 0120-123-456",
        "0800123456, 0800-123-456",
        "0570012345, 0570-012-345",
        "0312345678, 03-1234-5678",
        "0612345678, 06-1234-5678",
        "0451234567, 045-123-4567",
        "0112345678, 011-234-5678"
    })
    @DisplayName("format groups 3-4-4 for 11 digits, 4-3-3 for service numbers, 2-4-4 for Tokyo and Osaka, else 3-3-4")
    void format(String digits, String expected) {
        assertThat(PhoneNumber.format(digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"090-1234-5678", "123", "0000000000", "01012345678"})
    @DisplayName("format refuses what normalize would not return")
    void formatRefusesMalformed(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.format(value));
    }

    @Test
    @DisplayName("the refusal does not repeat the value")
    void refusalWithoutValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PhoneNumber.format("01012345678"))
                .withMessageNotContaining("01012345678");
    }

    @Test
    @DisplayName("a normalised number normalises to itself")
    void idempotent() {
        String once = PhoneNumber.normalize("+81 90-1234-5678").orElseThrow();

        assertThat(PhoneNumber.normalize(once)).contains(once);
        assertThat(PhoneNumber.normalize(PhoneNumber.format(once))).contains(once);
    }
}

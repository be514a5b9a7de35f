package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "100-0001",
                "1000001",
                "１００－０００１",
                "１０００００１",
                "〒100-0001",
                "〒 100-0001",
                "〒１００ー０００１",
                "  100-0001\u3000",
                "100‐0001",
                "100–0001",
                "100—0001",
                "100−0001",
                "100ー0001",
                "100ｰ0001",
                "100―0001",
                "100─0001",
                "100 0001",
                "１００　０００１",
                "〒１００　０００１"
            })
    @DisplayName("the ways people write 100-0001 all become 1000001")
    void accepted(String input) {
        assertThat(PostalCode.normalize(input)).contains("1000001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "100-001",
                "10000011",
                "1000-001",
                "100--0001",
                "100-0001-",
                "abc-defg",
                "100 0001 1",
                "〒",
                "〒〒100-0001",
                "100-0001〒",
                "+100-0001",
                "٠١٢-٣٤٥٦"
            })
    @DisplayName("anything but three digits, an optional dash and four digits is refused")
    void refused(String input) {
        assertThat(PostalCode.normalize(input)).isEmpty();
    }

    @Test
    @DisplayName("format puts the hyphen after the third digit")
    void format() {
        assertThat(PostalCode.format("1000001")).isEqualTo("100-0001");
        assertThat(PostalCode.format("0600000")).isEqualTo("060-0000");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"100-0001", "100000", "10000012", "１０００００１"})
    @DisplayName("format refuses what normalize would not return")
    void formatRefusesMalformed(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> PostalCode.format(value));
    }

    @Test
    @DisplayName("the refusal does not repeat the value")
    void refusalWithoutValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostalCode.format("987654"))
                .withMessageNotContaining("987654");
    }
}

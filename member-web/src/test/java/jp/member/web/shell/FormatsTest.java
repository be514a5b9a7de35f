package jp.member.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    @DisplayName("numbers of every type a boundary record carries get thousands separators")
    void numbers() {
        assertThat(fmt.number(0L)).isEqualTo("0");
        assertThat(fmt.number(999)).isEqualTo("999");
        assertThat(fmt.number(1_234L)).isEqualTo("1,234");
        assertThat(fmt.number(-1_234_567)).isEqualTo("-1,234,567");
        assertThat(fmt.number(Long.MAX_VALUE)).isEqualTo("9,223,372,036,854,775,807");
        assertThat(fmt.number(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
        assertThat(fmt.number(new BigDecimal("1234.50"))).isEqualTo("1,234.5");
        assertThat(fmt.number(new BigDecimal("1.2E+6"))).isEqualTo("1,200,000");
        assertThat(fmt.number(new BigInteger("12345678901234567890"))).isEqualTo("12,345,678,901,234,567,890");
        assertThat(fmt.number(2.5d)).isEqualTo("2.5");
        assertThat(fmt.number(Points.of(5_000))).isEqualTo("5,000");
        assertThat(fmt.number(Yen.of(-12_000))).isEqualTo("-12,000");
    }

    @Test
    @DisplayName("points carry pt; a change of points carries its sign")
    void points() {
        assertThat(fmt.points(Points.of(1_234))).isEqualTo("1,234pt");
        assertThat(fmt.points(Points.ZERO)).isEqualTo("0pt");
        assertThat(fmt.points(PointsChange.of(500))).isEqualTo("+500pt");
        assertThat(fmt.points(PointsChange.of(-12_000))).isEqualTo("-12,000pt");
        assertThat(fmt.points(PointsChange.ZERO)).isEqualTo("0pt");
        assertThat(fmt.points(3_010L)).isEqualTo("3,010pt");
        assertThat(fmt.points(-42)).isEqualTo("-42pt");
    }

    @ParameterizedTest
    @CsvSource({
        "0, ¥0",
        "1234, '¥1,234'",
        "-1234, '-¥1,234'",
        "1234.00, '¥1,234'",
        "0.50, ¥0.5",
        "1000000.25, '¥1,000,000.25'"
    })
    @DisplayName("yen are shown as ¥1,234 without .00, a negative amount with the minus first")
    void yenFromDecimals(BigDecimal amount, String shown) {
        assertThat(fmt.yen(amount)).isEqualTo(shown);
    }

    @Test
    @DisplayName("Yen, long and int are shown as yen alike")
    void yenFromTypes() {
        assertThat(fmt.yen(Yen.of(4_200))).isEqualTo("¥4,200");
        assertThat(fmt.yen(Yen.of(-4_200))).isEqualTo("-¥4,200");
        assertThat(fmt.yen(4_200L)).isEqualTo("¥4,200");
        assertThat(fmt.yen(4_200)).isEqualTo("¥4,200");
    }

    @ParameterizedTest
    @CsvSource({
        "0.025, 2.5%",
        "0.8, 80%",
        "0.8000, 80%",
        "1, 100%",
        "0, 0%",
        "0.0000, 0%",
        "0.12345, 12.35%",
        "0.01, 1%",
        "12.5, '1,250%'"
    })
    @DisplayName("a rate given as a fraction is a percentage rounded to two decimals")
    void percent(BigDecimal fraction, String shown) {
        assertThat(fmt.percent(fraction)).isEqualTo(shown);
    }

    @Test
    @DisplayName("a missing value shows nothing, in every format")
    void missing() {
        assertThat(fmt.number(null)).isEmpty();
        assertThat(fmt.points(null)).isEmpty();
        assertThat(fmt.yen(null)).isEmpty();
        assertThat(fmt.percent(null)).isEmpty();
        assertThat(fmt.dateTime(null)).isEmpty();
    }

    @Test
    @DisplayName("a value that is no number is a programming error, named by its type and not its content")
    void notANumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fmt.number("1234"))
                .withMessageContaining("java.lang.String")
                .withMessageNotContaining("1234");
    }

    @Test
    @DisplayName("times are shown in the business time zone")
    void dateTime() {
        fmt.time = new BusinessTime(Clock.systemUTC(), ZoneId.of("Asia/Tokyo"));

        assertThat(fmt.dateTime(Instant.parse("2026-12-03T15:30:00Z"))).isEqualTo("2026-12-04 00:30:00");
    }
}

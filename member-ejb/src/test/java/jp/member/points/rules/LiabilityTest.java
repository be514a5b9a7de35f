package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiabilityTest {

    @ParameterizedTest(name = "{0} points × {1} yen × {2} → {3} yen")
    @CsvSource({
        "1000000, 1, 0.75, 750000",
        "1000, 1, 1, 1000",
        "1000, 1, 0, 0",
        "0, 1, 0.8, 0",
        "3, 1, 0.5, 2",
        "5, 1, 0.1, 1",
        "1, 1, 0.5, 1",
        "1, 1, 0.4999, 0",
        "12345, 0.95, 0.8321, 9759",
        "1000, 0, 0.8, 0"
    })
    @DisplayName("liability is outstanding points × unit value × expected redemption rate, rounded half up to yen")
    void liabilityYen(long outstanding, String yenPerPoint, String rate, String expected) {
        BigDecimal liability = Liability.liabilityYen(outstanding, new BigDecimal(yenPerPoint), new BigDecimal(rate));

        assertThat(liability).isEqualTo(new BigDecimal(expected));
    }

    @Test
    @DisplayName("the liability is in whole yen (scale 0)")
    void wholeYen() {
        BigDecimal liability = Liability.liabilityYen(7, new BigDecimal("1.00"), new BigDecimal("0.3333"));

        assertThat(liability.scale()).isZero();
        assertThat(liability).isEqualTo(new BigDecimal("2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.0001", "1.0001", "2"})
    @DisplayName("an expected redemption rate outside 0..1 is refused")
    void rateOutOfRange(String rate) {
        assertThatThrownBy(() -> Liability.liabilityYen(100, BigDecimal.ONE, new BigDecimal(rate)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a negative unit value or negative outstanding points are refused")
    void negativeInputs() {
        assertThatThrownBy(() -> Liability.liabilityYen(100, new BigDecimal("-0.01"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Liability.liabilityYen(-1, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "1, 3, 0.3333",
        "2, 3, 0.6667",
        "1, 8, 0.1250",
        "1, 20000, 0.0001",
        "1, 20001, 0.0000",
        "0, 5, 0.0000",
        "5, 5, 1.0000",
        "6, 5, 1.2000"
    })
    @DisplayName("rate is part / whole with 4 decimals, rounded half up")
    void rate(long part, long whole, String expected) {
        BigDecimal rate = Liability.rate(part, whole);

        assertThat(rate).isEqualTo(new BigDecimal(expected));
    }

    @Test
    @DisplayName("rate of anything over a whole of 0 is zero")
    void rateOfNothing() {
        assertThat(Liability.rate(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Liability.rate(7, 0)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("negative counts are refused by rate")
    void rateNegative() {
        assertThatThrownBy(() -> Liability.rate(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Liability.rate(1, -5)).isInstanceOf(IllegalArgumentException.class);
    }
}

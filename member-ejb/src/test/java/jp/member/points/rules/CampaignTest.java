package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate TO = LocalDate.of(2026, 7, 7);

    @ParameterizedTest(name = "{0} → active {1}")
    @CsvSource({"2026-06-30, false", "2026-07-01, true", "2026-07-04, true", "2026-07-07, true", "2026-07-08, false"})
    @DisplayName("a campaign runs from its first day to its last day, both included")
    void activeOn(LocalDate date, boolean expected) {
        Campaign campaign = new Campaign("SUMMER", FROM, TO, new BigDecimal("2"));

        assertThat(campaign.activeOn(date)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a one-day campaign runs on that day")
    void oneDay() {
        Campaign campaign = new Campaign("FLASH", FROM, FROM, new BigDecimal("3"));

        assertThat(campaign.activeOn(FROM)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.5", "20", "20.00"})
    @DisplayName("multipliers from 1 to 20 are accepted")
    void multiplierInRange(String multiplier) {
        Campaign campaign = new Campaign("C", FROM, TO, new BigDecimal(multiplier));

        assertThat(campaign.multiplier()).isEqualByComparingTo(multiplier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.99", "0", "-2", "20.01", "100"})
    @DisplayName("multipliers below 1 or above 20 are refused")
    void multiplierOutOfRange(String multiplier) {
        assertThatThrownBy(() -> new Campaign("C", FROM, TO, new BigDecimal(multiplier)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    @DisplayName("a blank code is refused")
    void blankCode(String code) {
        assertThatThrownBy(() -> new Campaign(code, FROM, TO, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a campaign that ends before it starts is refused")
    void reversedDates() {
        assertThatThrownBy(() -> new Campaign("C", TO, FROM, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("missing code, dates or multiplier are refused")
    void missingParts() {
        assertThatThrownBy(() -> new Campaign(null, FROM, TO, BigDecimal.TEN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Campaign("C", null, TO, BigDecimal.TEN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Campaign("C", FROM, null, BigDecimal.TEN))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Campaign("C", FROM, TO, null)).isInstanceOf(NullPointerException.class);
    }
}

package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LiabilityTallyTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 15);
    private static final LocalDate TO = LocalDate.of(2026, 5, 10);

    @Test
    @DisplayName("entries before the period open it, entries within it count on their lines, entries after it not")
    void rollForward() {
        LiabilityTally tally = new LiabilityTally(FROM, TO);
        tally.before(1_000);
        tally.entries(FROM.minusDays(1), "EARN", 200);
        tally.entries(FROM.minusDays(1), "REDEEM", -50);
        tally.entries(FROM, "EARN", 300);
        tally.entries(FROM.plusDays(3), "REDEEM", -120);
        tally.entries(FROM.plusDays(3), "EXPIRY", -30);
        tally.entries(TO, "FORFEIT", -10);
        tally.entries(TO, "REVERSAL", -7);
        tally.entries(TO, "ADJUSTMENT", 25);
        tally.entries(TO, "TRANSFER", -4);
        tally.entries(TO.plusDays(1), "EARN", 999);

        LiabilityFigures figures = tally.figures();

        assertThat(figures.opening()).isEqualTo(1_150);
        assertThat(figures.issued()).isEqualTo(300);
        assertThat(figures.redeemed()).isEqualTo(120);
        assertThat(figures.expired()).isEqualTo(40);
        assertThat(figures.reversedAndAdjusted()).isEqualTo(14);
        assertThat(figures.closing()).isEqualTo(1_150 + 300 - 120 - 40 + 14);
    }

    @Test
    @DisplayName("a cohort holds what was earned on the period's days of its month, however partial the month")
    void cohortsOfPartialMonths() {
        LiabilityTally tally = new LiabilityTally(FROM, TO);
        tally.entries(LocalDate.of(2026, 3, 14), "EARN", 1_000);
        tally.entries(LocalDate.of(2026, 3, 15), "EARN", 100);
        tally.entries(LocalDate.of(2026, 3, 31), "EARN", 10);
        tally.entries(LocalDate.of(2026, 4, 1), "EARN", 20);
        tally.entries(LocalDate.of(2026, 5, 10), "EARN", 5);
        tally.entries(LocalDate.of(2026, 5, 11), "EARN", 2_000);

        assertThat(tally.figures().cohorts())
                .containsExactly(
                        Map.entry(YearMonth.of(2026, 3), new LiabilityFigures.Cohort(110, 0, 0)),
                        Map.entry(YearMonth.of(2026, 4), new LiabilityFigures.Cohort(20, 0, 0)),
                        Map.entry(YearMonth.of(2026, 5), new LiabilityFigures.Cohort(5, 0, 0)));
    }

    @Test
    @DisplayName("movements out of lots earned in the period count by the lot's earn month, the others not")
    void cohortMovements() {
        LiabilityTally tally = new LiabilityTally(FROM, TO);
        LocalDate april = LocalDate.of(2026, 4, 2);
        tally.entries(april, "EARN", 500);
        tally.lotMovements(april, "REDEEM", true, -200);
        tally.lotMovements(april, "REVERSAL", false, 50);
        tally.lotMovements(april, "REVERSAL", true, -100);
        tally.lotMovements(april, "EXPIRY", true, -60);
        tally.lotMovements(april, "FORFEIT", true, -40);
        tally.lotMovements(april, "TRANSFER", true, -10);
        tally.lotMovements(FROM.minusDays(1), "REDEEM", true, -999);
        tally.lotMovements(TO.plusDays(1), "EXPIRY", true, -999);

        assertThat(tally.figures().cohorts())
                .containsExactly(Map.entry(YearMonth.of(2026, 4), new LiabilityFigures.Cohort(500, 150, 100)));
    }

    @Test
    @DisplayName("use counted already (the closings) and movements not folded yet add up")
    void closingsAndLiveAddUp() {
        LiabilityTally tally = new LiabilityTally(FROM, TO);
        LocalDate may = LocalDate.of(2026, 5, 1);
        tally.entries(may, "EARN", 400);
        tally.used(may, 120, 30);
        tally.lotMovements(may, "REDEEM", true, -80);
        tally.used(TO.plusDays(1), 5, 5);

        assertThat(tally.figures().cohorts())
                .containsExactly(Map.entry(YearMonth.of(2026, 5), new LiabilityFigures.Cohort(400, 200, 30)));
    }

    @Test
    @DisplayName("open points by expiry month: changes add up, months left with none are not shown, in month order")
    void outstanding() {
        LiabilityTally tally = new LiabilityTally(FROM, TO);
        tally.outstanding(YearMonth.of(2027, 2), 300);
        tally.outstanding(YearMonth.of(2026, 12), 100);
        tally.outstanding(YearMonth.of(2027, 1), 50);
        tally.outstanding(YearMonth.of(2027, 1), -50);
        tally.outstanding(YearMonth.of(2027, 2), -20);

        assertThat(tally.figures().outstandingByExpiryMonth())
                .containsExactly(Map.entry(YearMonth.of(2026, 12), 100L), Map.entry(YearMonth.of(2027, 2), 280L));
    }

    @Test
    @DisplayName("a single day is a period")
    void singleDay() {
        LiabilityTally tally = new LiabilityTally(TO, TO);
        tally.entries(TO.minusDays(1), "EARN", 10);
        tally.entries(TO, "EARN", 20);

        assertThat(tally.figures().opening()).isEqualTo(10);
        assertThat(tally.figures().issued()).isEqualTo(20);
    }

    @Test
    @DisplayName("a period that ends before it starts is refused")
    void invertedPeriod() {
        assertThatThrownBy(() -> new LiabilityTally(TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }
}

package jp.member.web.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.member.web.points.ReportPeriod.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The liability report's period: where it opens, and a change of the kind of period. */
class ReportPeriodTest {

    @Test
    @DisplayName("the report opens on the last month that has ended: December before a January")
    void lastClosedMonth() {
        assertThat(ReportPeriod.lastClosedMonth(LocalDate.of(2026, 12, 3))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(ReportPeriod.lastClosedMonth(LocalDate.of(2027, 1, 1))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(ReportPeriod.lastClosedMonth(LocalDate.of(2026, 3, 31))).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    @DisplayName("a month becomes its quarter and a quarter its first month; a year keeps the number")
    void renumber() {
        assertThat(ReportPeriod.renumber(Kind.MONTH, Kind.QUARTER, 11)).isEqualTo(4);
        assertThat(ReportPeriod.renumber(Kind.MONTH, Kind.QUARTER, 3)).isEqualTo(1);
        assertThat(ReportPeriod.renumber(Kind.QUARTER, Kind.MONTH, 2)).isEqualTo(4);
        assertThat(ReportPeriod.renumber(Kind.MONTH, Kind.YEAR, 11)).isEqualTo(11);
        assertThat(ReportPeriod.renumber(Kind.YEAR, Kind.QUARTER, 11)).isEqualTo(1);
        assertThat(ReportPeriod.renumber(Kind.YEAR, Kind.MONTH, 7)).isEqualTo(7);
    }

    @Test
    @DisplayName("the last closed month is a period from its first to its last day")
    void monthPeriod() {
        YearMonth month = ReportPeriod.lastClosedMonth(LocalDate.of(2026, 3, 15));

        assertThat(ReportPeriod.of(Kind.MONTH, month.getYear(), month.getMonthValue()))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }
}

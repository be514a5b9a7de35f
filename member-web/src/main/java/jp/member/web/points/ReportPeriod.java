package jp.member.web.points;

import java.time.LocalDate;
import java.time.YearMonth;

/** A reporting period: a month, a quarter (Q1 = January–March) or a calendar year. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Kinds of period. */
    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    /** {@code number} is the month (1–12) or the quarter (1–4); ignored for a year. */
    public static ReportPeriod of(Kind kind, int year, int number) {
        return switch (kind) {
            case MONTH -> {
                YearMonth month = YearMonth.of(year, number);
                yield new ReportPeriod(month.atDay(1), month.atEndOfMonth());
            }
            case QUARTER -> {
                if (number < 1 || number > 4) {
                    throw new IllegalArgumentException("quarter " + number);
                }
                YearMonth first = YearMonth.of(year, (number - 1) * 3 + 1);
                yield new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            case YEAR -> new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        };
    }
}

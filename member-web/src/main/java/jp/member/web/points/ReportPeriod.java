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

    /** The last month that has ended on {@code today}: the month before today's (December before a January). */
    public static YearMonth lastClosedMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /**
     * The number that names the same part of the year when the kind of period changes: month 11 is the fourth
     * quarter, the second quarter starts with month 4; a year has no number and leaves it as it was.
     */
    public static int renumber(Kind from, Kind to, int number) {
        if (from == Kind.MONTH && to == Kind.QUARTER) {
            return (Math.max(1, Math.min(12, number)) - 1) / 3 + 1;
        }
        if (from == Kind.QUARTER && to == Kind.MONTH) {
            return (Math.max(1, Math.min(4, number)) - 1) * 3 + 1;
        }
        if (to == Kind.QUARTER && number > 4) {
            return 1;
        }
        return number;
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

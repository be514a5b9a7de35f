package jp.member.points.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Adds up the liability report of a period (both ends included) from sums of the ledger, whatever their source — the
 * totals the closing job folded and the entries it has not folded yet — so that both count by the same rules: an
 * entry counts by its business date (before the period: the opening; within it: its line of the roll-forward, and an
 * EARN also as issued in its month's cohort; after it: not at all); a movement out of an earned lot counts in the
 * cohort of the lot's earn date as {@link CohortUse} says, if that date is within the period; open points count by
 * the month they expire in, whatever the period.
 */
public final class LiabilityTally {

    private final LocalDate from;
    private final LocalDate to;
    private long opening;
    private final Map<ReportLine, Long> lines = new EnumMap<>(ReportLine.class);
    private final SortedMap<YearMonth, long[]> cohorts = new TreeMap<>();
    private final SortedMap<YearMonth, Long> outstanding = new TreeMap<>();

    /** @throws IllegalArgumentException if {@code to} is before {@code from} */
    public LiabilityTally(LocalDate from, LocalDate to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + ".." + to);
        }
    }

    /** Points of entries dated before the period, summed over any types. */
    public void before(long points) {
        opening += points;
    }

    /** The sum of the points of entries of one type on one business date (or some of them: sums add up). */
    public void entries(LocalDate businessDate, String entryType, long points) {
        if (businessDate.isBefore(from)) {
            opening += points;
        } else if (!businessDate.isAfter(to)) {
            ReportLine line = ReportLine.of(entryType);
            lines.merge(line, line.shown(points), Long::sum);
            if (line == ReportLine.ISSUED) {
                cohort(businessDate)[0] += points;
            }
        }
    }

    /**
     * The sum of the movements that entries of one type made on lots earned on one date.
     *
     * @param entryTakes whether those entries take points (see {@link CohortUse#of})
     * @param points the movements' sum: negative when they took points out of the lots
     */
    public void lotMovements(LocalDate earnedOn, String entryType, boolean entryTakes, long points) {
        if (within(earnedOn)) {
            CohortUse.of(entryType, entryTakes).ifPresent(use -> used(earnedOn, use, -points));
        }
    }

    /** What was redeemed and what expired out of lots earned on one date, counted already (as the closings keep it). */
    public void used(LocalDate earnedOn, long redeemed, long expired) {
        if (within(earnedOn)) {
            used(earnedOn, CohortUse.REDEEMED, redeemed);
            used(earnedOn, CohortUse.EXPIRED, expired);
        }
    }

    /** Points in lots that expire in {@code month} (or a change of them: the sums add up). */
    public void outstanding(YearMonth month, long points) {
        outstanding.merge(month, points, Long::sum);
    }

    public LiabilityFigures figures() {
        SortedMap<YearMonth, Long> open = new TreeMap<>();
        outstanding.forEach((month, points) -> {
            if (points != 0) {
                open.put(month, points);
            }
        });
        SortedMap<YearMonth, LiabilityFigures.Cohort> byMonth = new TreeMap<>();
        cohorts.forEach((month, c) -> byMonth.put(month, new LiabilityFigures.Cohort(c[0], c[1], c[2])));
        return new LiabilityFigures(
                opening,
                line(ReportLine.ISSUED),
                line(ReportLine.REDEEMED),
                line(ReportLine.EXPIRED),
                line(ReportLine.REVERSED_AND_ADJUSTED),
                open,
                byMonth);
    }

    private long line(ReportLine line) {
        return lines.getOrDefault(line, 0L);
    }

    private void used(LocalDate earnedOn, CohortUse use, long points) {
        cohort(earnedOn)[use == CohortUse.REDEEMED ? 1 : 2] += points;
    }

    private long[] cohort(LocalDate day) {
        return cohorts.computeIfAbsent(YearMonth.from(day), month -> new long[3]);
    }

    private boolean within(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

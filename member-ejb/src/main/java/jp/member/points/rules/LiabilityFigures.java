package jp.member.points.rules;

import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The liability report's figures in points, as the ledger gives them for a period (yen and rates are the report's):
 * the roll-forward, the points still open by the month they expire in (as of now), and per month of earning within
 * the period what was issued and what became of those very lots (as of now).
 *
 * @param outstandingByExpiryMonth months with open points only, in order
 * @param cohorts months of earning with points issued in the period, in order
 */
public record LiabilityFigures(
        long opening,
        long issued,
        long redeemed,
        long expired,
        long reversedAndAdjusted,
        SortedMap<YearMonth, Long> outstandingByExpiryMonth,
        SortedMap<YearMonth, Cohort> cohorts) {

    public LiabilityFigures {
        outstandingByExpiryMonth = Collections.unmodifiableSortedMap(new TreeMap<>(outstandingByExpiryMonth));
        cohorts = Collections.unmodifiableSortedMap(new TreeMap<>(cohorts));
    }

    /** opening + issued − redeemed − expired + reversed and adjusted: the sum of every entry up to the period's end. */
    public long closing() {
        return opening + issued - redeemed - expired + reversedAndAdjusted;
    }

    /** Points earned in one month, and what was redeemed and what expired out of those lots since. */
    public record Cohort(long issued, long redeemed, long expired) {}
}

package jp.member.points.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.member.members.rules.Rank;

/**
 * A member's rank follows their qualifying spend in yen over the rolling last {@value #QUALIFYING_MONTHS} months
 * (today included): the highest rank whose minimum spend that reaches. Ranks come from spend, never from the point
 * balance — redeeming points must not cost a member their rank, and buying nothing while sitting on points must
 * not keep it.
 */
public final class RankRule {

    /** The length of the rolling qualifying period. */
    public static final int QUALIFYING_MONTHS = 12;

    private final List<RankThreshold> thresholds;

    /**
     * @param thresholds the ranks and their minimum spends, in any order; exactly one must start at 0 yen (every
     *     member has a rank), and no rank or minimum may appear twice
     * @throws IllegalArgumentException if no threshold starts at 0, or a rank or a minimum appears twice
     */
    public RankRule(List<RankThreshold> thresholds) {
        this.thresholds = thresholds.stream()
                .sorted(Comparator.comparing(RankThreshold::minimumSpend))
                .toList();
        if (this.thresholds.isEmpty() || !this.thresholds.get(0).minimumSpend().equals(Yen.ZERO)) {
            throw new IllegalArgumentException("one rank must start at 0 yen");
        }
        Set<Rank> ranks = new HashSet<>();
        Set<Yen> minimums = new HashSet<>();
        for (RankThreshold threshold : this.thresholds) {
            if (!ranks.add(threshold.rank())) {
                throw new IllegalArgumentException("rank " + threshold.rank() + " appears more than once");
            }
            if (!minimums.add(threshold.minimumSpend())) {
                throw new IllegalArgumentException(
                        "two ranks start at " + threshold.minimumSpend() + " yen; which one applies is unclear");
            }
        }
    }

    /**
     * The rank earned by {@code qualifyingSpend}: the highest whose minimum is at most the spend. A negative spend
     * (more refunded than bought in the period) gives the lowest rank.
     */
    public Rank rankFor(Yen qualifyingSpend) {
        Rank rank = thresholds.get(0).rank();
        for (RankThreshold threshold : thresholds) {
            if (threshold.minimumSpend().compareTo(qualifyingSpend) <= 0) {
                rank = threshold.rank();
            }
        }
        return rank;
    }

    /** The thresholds, lowest minimum first. */
    public List<RankThreshold> thresholds() {
        return thresholds;
    }

    /**
     * The first day of the qualifying period that ends with {@code today}: {@value #QUALIFYING_MONTHS} months back,
     * plus a day, so the period is the rolling twelve months including today (2026-03-31 → 2025-04-01).
     */
    public static LocalDate qualifyingFrom(LocalDate today) {
        return today.minusMonths(QUALIFYING_MONTHS).plusDays(1);
    }
}

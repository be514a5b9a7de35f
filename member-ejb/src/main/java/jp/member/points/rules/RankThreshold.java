package jp.member.points.rules;

import java.util.Objects;
import jp.member.members.rules.Rank;

/**
 * A rank and the qualifying spend that earns it: a member whose spend in the qualifying period reaches {@code
 * minimumSpend} holds at least this rank.
 *
 * @param rank the rank, e.g. {@link Rank#GOLD}
 * @param minimumSpend the least qualifying spend for the rank, zero or more yen
 */
public record RankThreshold(Rank rank, Yen minimumSpend) {

    /**
     * @throws NullPointerException if {@code rank} or {@code minimumSpend} is null
     * @throws IllegalArgumentException if {@code minimumSpend} is negative
     */
    public RankThreshold {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(minimumSpend, "minimumSpend");
        if (minimumSpend.isNegative()) {
            throw new IllegalArgumentException(
                    "the minimum spend for " + rank + " must not be negative: " + minimumSpend);
        }
    }
}

package jp.member.points.rules;

import java.util.Objects;

/**
 * A rank and the qualifying spend that earns it: a member whose spend in the qualifying period reaches {@code
 * minimumSpendYen} holds at least this rank.
 *
 * @param rank the rank code, e.g. {@code GOLD}; not blank
 * @param minimumSpendYen the least qualifying spend for the rank, zero or more yen
 */
public record RankThreshold(String rank, long minimumSpendYen) {

    /**
     * @throws NullPointerException if {@code rank} is null
     * @throws IllegalArgumentException if {@code rank} is blank or {@code minimumSpendYen} is negative
     */
    public RankThreshold {
        Objects.requireNonNull(rank, "rank");
        if (rank.isBlank()) {
            throw new IllegalArgumentException("a rank threshold needs a rank");
        }
        if (minimumSpendYen < 0) {
            throw new IllegalArgumentException(
                    "the minimum spend for " + rank + " must not be negative: " + minimumSpendYen);
        }
    }
}

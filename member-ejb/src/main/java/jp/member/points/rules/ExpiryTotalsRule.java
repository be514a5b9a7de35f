package jp.member.points.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the closings' open points by expiry month may stand in for the lots themselves. The closing job keeps them by
 * the month each lot expires in as it folds the lot's movements; that stays true only while no lot's expiry date
 * changes, and a lot's date changes only under a rule that moves ({@link ExpiryRule#moves()}: every activity of the
 * member re-dates all of their open lots). So the totals are built only while the rule does not move, and a day
 * after the last moving rule ended — time for any transaction that had read that rule to end —, and they are used
 * only while no moving rule has been in force since they were built. Otherwise the report reads the lots.
 */
public final class ExpiryTotalsRule {

    /** How long after a moving rule ended the totals may be built again. */
    public static final Duration SETTLING = Duration.ofDays(1);

    private ExpiryTotalsRule() {}

    /**
     * Whether the totals may be built now.
     *
     * @param ruleMoves whether the rule in force now moves
     * @param movingRuleEnded when a moving rule was last replaced, if one ever was in force
     */
    public static boolean buildable(boolean ruleMoves, Optional<Instant> movingRuleEnded, Instant now) {
        return !ruleMoves
                && movingRuleEnded
                        .map(ended -> !now.isBefore(ended.plus(SETTLING)))
                        .orElse(true);
    }

    /**
     * Whether totals built at {@code builtAt} (none: not built) are still right: they were buildable then, and no
     * moving rule has been in force since.
     */
    public static boolean usable(boolean ruleMoves, Optional<Instant> movingRuleEnded, Optional<Instant> builtAt) {
        return builtAt.isPresent() && buildable(ruleMoves, movingRuleEnded, builtAt.get());
    }
}

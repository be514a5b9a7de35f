package jp.member.points.rules;

import java.util.List;
import java.util.Optional;

/**
 * What a movement of points out of (or back into) an earned lot counts as in the cohort of the month the lot was
 * earned: redeemed — a redemption, or its reversal giving the points back —, expired — an expiry, or the lapse of the
 * balance at withdrawal —, or nothing: a reversed earn taking its points back is neither redemption nor breakage, and
 * adjustments and merges move points without using them.
 */
public enum CohortUse {
    REDEEMED,
    EXPIRED;

    /** The entry types whose movements can count; the movements of every other type never do. */
    public static final List<String> ENTRY_TYPES = List.of("REDEEM", "REVERSAL", "EXPIRY", "FORFEIT");

    /**
     * What the movements of an entry count as.
     *
     * @param entryType the entry's type as the ledger stores it
     * @param entryTakes whether the entry takes points (its points are negative): a reversal that takes is the
     *     reversal of an earn, one that gives is the reversal of a redemption
     */
    public static Optional<CohortUse> of(String entryType, boolean entryTakes) {
        return switch (entryType == null ? "" : entryType) {
            case "REDEEM" -> Optional.of(REDEEMED);
            case "REVERSAL" -> entryTakes ? Optional.empty() : Optional.of(REDEEMED);
            case "EXPIRY", "FORFEIT" -> Optional.of(EXPIRED);
            default -> Optional.empty();
        };
    }
}

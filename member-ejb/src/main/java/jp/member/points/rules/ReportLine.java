package jp.member.points.rules;

/**
 * The line of the liability report's roll-forward an entry counts on, by its type as the ledger stores it ({@code
 * ledger_entry.entry_type}): closing = opening + issued − redeemed − expired + reversed and adjusted. Redeemed and
 * expired are shown as the points taken, so an entry on those lines counts with its sign turned.
 */
public enum ReportLine {
    /** Points earned (EARN). */
    ISSUED,
    /** Points spent (REDEEM). */
    REDEEMED,
    /** Points that lapsed: expiry, and the balance forfeited at withdrawal (EXPIRY, FORFEIT). */
    EXPIRED,
    /** Reversals of earns and redemptions, staff adjustments and merges (REVERSAL, ADJUSTMENT, TRANSFER). */
    REVERSED_AND_ADJUSTED;

    /**
     * The line of an entry type.
     *
     * @throws IllegalArgumentException for a type the ledger does not have
     */
    public static ReportLine of(String entryType) {
        return switch (entryType == null ? "" : entryType) {
            case "EARN" -> ISSUED;
            case "REDEEM" -> REDEEMED;
            case "EXPIRY", "FORFEIT" -> EXPIRED;
            case "REVERSAL", "ADJUSTMENT", "TRANSFER" -> REVERSED_AND_ADJUSTED;
            default -> throw new IllegalArgumentException("not a ledger entry type: " + entryType);
        };
    }

    /** What entries of {@code points} (their sum, signed as in the ledger) add to this line as it is shown. */
    public long shown(long points) {
        return this == REDEEMED || this == EXPIRED ? -points : points;
    }
}

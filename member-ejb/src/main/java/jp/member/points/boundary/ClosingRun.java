package jp.member.points.boundary;

/**
 * What a run of the closing job did.
 *
 * @param entriesFolded ledger entries folded into the closings by this run
 * @param transactions the run's transactions (one per step of at most two million ids)
 * @param foldedThrough the highest entry id folded (with the gaps, the ids not seen yet)
 * @param gapsOpen runs of ids below it still to look at: entries not committed yet, or inserts rolled back
 * @param expiryTotalsKept whether the closings hold open points by expiry month (else the report reads the lots)
 * @param seconds how long it took
 */
public record ClosingRun(
        long entriesFolded,
        int transactions,
        long foldedThrough,
        int gapsOpen,
        boolean expiryTotalsKept,
        double seconds) {}

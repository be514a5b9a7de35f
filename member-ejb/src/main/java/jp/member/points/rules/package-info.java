/**
 * The loyalty-point business rules as plain Java, with no container or persistence API: the values {@link
 * jp.member.points.rules.Points} (a count, never negative), {@link jp.member.points.rules.PointsChange} (what an entry
 * adds or takes, signed) and {@link jp.member.points.rules.Yen} (an amount of money), which lots a redemption or a
 * refund consumes ({@link jp.member.points.rules.LotAllocator}), when a lot expires ({@link
 * jp.member.points.rules.ExpiryRule}), how many points a purchase earns ({@link jp.member.points.rules.EarnRule}),
 * which rank spend earns ({@link jp.member.points.rules.RankRule}), the contract liability of outstanding points
 * ({@link jp.member.points.rules.Liability}), how the liability report adds up the ledger ({@link
 * jp.member.points.rules.LiabilityTally}: the roll-forward lines, the cohorts, open points by expiry month), which
 * entries the closing job has still to look at ({@link jp.member.points.rules.IdCoverage}) and when its open points
 * by expiry month are right ({@link jp.member.points.rules.ExpiryTotalsRule}), and the reasons the application gives
 * its own ledger entries ({@link jp.member.points.rules.LedgerReason}). Boundaries and entities call these; they keep
 * no state and read no clock, so every rule is tested without a container.
 */
package jp.member.points.rules;

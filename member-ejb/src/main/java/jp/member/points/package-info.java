/**
 * Loyalty points: the ledger (entries, lots, balances; append-only, one lock per member), earn, redeem, reversals,
 * adjustments with a second manager above a limit, ranks, campaigns, expiry, the liability report and the ledger
 * closings it reads (folded nightly by {@code boundary.LedgerClosings}); the till API boundary ({@code
 * boundary.PointsTill}). The rules are plain Java in {@code rules}.
 *
 * <p>May use: {@code shared}, {@code security}, {@code audit}, {@code staff}, {@code members}. Used by {@code
 * exports}, {@code monitoring}, {@code demo}, the web tier.
 */
package jp.member.points;

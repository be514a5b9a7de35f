package jp.member.points.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Point accounting (ポイント会計) for a period. The roll-forward reconciles exactly with the ledger:
 * closing = opening + issued − redeemed − expired + reversedAndAdjusted, and closing is the sum of every entry up to
 * the end of the period. Yen figures are points × the configured yen value of a point.
 */
public record LiabilityReport(
        LocalDate from,
        LocalDate to,
        long opening,
        long issued,
        long redeemed,
        long expired,
        long reversedAndAdjusted,
        long closing,
        BigDecimal yenPerPoint,
        BigDecimal expectedRedemptionRate,
        BigDecimal liabilityYen,
        List<ExpiryMonth> outstandingByExpiryMonth,
        List<Cohort> cohorts) {

    public BigDecimal yen(long points) {
        return yenPerPoint.multiply(BigDecimal.valueOf(points));
    }

    /** Points not yet used, by the month they expire in (as of now). */
    public record ExpiryMonth(String month, long points) {}

    /** Points earned in one month, and what became of them: redeemed, expired, still open; the two rates. */
    public record Cohort(
            String month,
            long issued,
            long redeemed,
            long expired,
            BigDecimal redemptionRate,
            BigDecimal breakageRate) {}
}

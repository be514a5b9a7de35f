package jp.member.points.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.member.points.rules.Liability;
import jp.member.points.rules.LiabilityFigures;

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
        List<Cohort> cohorts)
        implements Serializable {

    /**
     * The report of a period from its figures in points, valued at the programme's yen per point and expected
     * redemption rate.
     */
    public static LiabilityReport of(
            LocalDate from,
            LocalDate to,
            LiabilityFigures figures,
            BigDecimal yenPerPoint,
            BigDecimal expectedRedemptionRate) {
        long closing = figures.closing();
        return new LiabilityReport(
                from,
                to,
                figures.opening(),
                figures.issued(),
                figures.redeemed(),
                figures.expired(),
                figures.reversedAndAdjusted(),
                closing,
                yenPerPoint,
                expectedRedemptionRate,
                Liability.liabilityYen(closing, yenPerPoint, expectedRedemptionRate),
                figures.outstandingByExpiryMonth().entrySet().stream()
                        .map(m -> new ExpiryMonth(m.getKey().toString(), m.getValue()))
                        .toList(),
                figures.cohorts().entrySet().stream()
                        .map(m -> {
                            LiabilityFigures.Cohort c = m.getValue();
                            return new Cohort(
                                    m.getKey().toString(),
                                    c.issued(),
                                    c.redeemed(),
                                    c.expired(),
                                    Liability.rate(c.redeemed(), c.issued()),
                                    Liability.rate(c.expired(), c.issued()));
                        })
                        .toList());
    }

    public BigDecimal yen(long points) {
        return yenPerPoint.multiply(BigDecimal.valueOf(points));
    }

    /** Points not yet used, by the month they expire in (as of now). */
    public record ExpiryMonth(String month, long points) implements Serializable {}

    /** Points earned in one month, and what became of them: redeemed, expired, still open; the two rates. */
    public record Cohort(
            String month, long issued, long redeemed, long expired, BigDecimal redemptionRate, BigDecimal breakageRate)
            implements Serializable {}
}

package jp.member.points.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Point accounting (ポイント会計) under the revenue recognition standard: outstanding points are a contract liability
 * valued at outstanding points × unit value in yen × expected redemption rate (points expected to expire unused —
 * breakage — carry no liability). Exact decimal arithmetic; amounts are rounded HALF_UP to whole yen only at the
 * end.
 */
public final class Liability {

    /** Decimal places of a rate such as a redemption or breakage rate (0.1234 = 12.34 %). */
    public static final int RATE_SCALE = 4;

    private Liability() {}

    /**
     * The contract liability in whole yen: {@code outstandingPoints × yenPerPoint × expectedRedemptionRate}, rounded
     * HALF_UP.
     *
     * @param outstandingPoints points issued and neither used nor expired, zero or more
     * @param yenPerPoint the stand-alone selling price of one point in yen, zero or more
     * @param expectedRedemptionRate the share of points expected to be used, from 0 to 1
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static BigDecimal liabilityYen(
            long outstandingPoints, BigDecimal yenPerPoint, BigDecimal expectedRedemptionRate) {
        Objects.requireNonNull(yenPerPoint, "yenPerPoint");
        Objects.requireNonNull(expectedRedemptionRate, "expectedRedemptionRate");
        if (outstandingPoints < 0) {
            throw new IllegalArgumentException("outstanding points must not be negative: " + outstandingPoints);
        }
        if (yenPerPoint.signum() < 0) {
            throw new IllegalArgumentException(
                    "the value of a point must not be negative: " + yenPerPoint.toPlainString());
        }
        if (expectedRedemptionRate.signum() < 0 || expectedRedemptionRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "the expected redemption rate must be from 0 to 1: " + expectedRedemptionRate.toPlainString());
        }
        return BigDecimal.valueOf(outstandingPoints)
                .multiply(yenPerPoint)
                .multiply(expectedRedemptionRate)
                .setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * {@code part / whole} with {@value #RATE_SCALE} decimals, rounded HALF_UP (e.g. the redemption rate of a
     * cohort: redeemed / issued); zero (0.0000) when {@code whole} is 0, as nothing was there to redeem. A part
     * larger than the whole gives a rate above 1 rather than an error: a period can redeem points issued before it.
     *
     * @throws IllegalArgumentException if {@code part} or {@code whole} is negative
     */
    public static BigDecimal rate(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("a rate needs counts of zero or more: " + part + " / " + whole);
        }
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(RATE_SCALE);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }
}

package jp.member.points.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.member.members.rules.Rank;

/**
 * How many points a purchase earns: the amount in yen times the member's rank rate (points per yen) times the
 * multiplier of the campaign running on the business date, rounded down to whole points. The arithmetic is exact
 * decimal; only the final result is rounded, always down, so the programme never grants a point that was not fully
 * earned (999 yen at 1 point per 100 yen earns 9).
 *
 * <p><b>Campaigns do not stack:</b> when several campaigns run on the same date, only the highest multiplier
 * applies (a x2 and a x3 campaign give x3, not x6 or x5). With no campaign the multiplier is 1.
 *
 * <p>A rank that has no configured rate (e.g. one retired from the programme) earns at the {@link Rank#REGULAR} rate,
 * so the rate table must contain {@code REGULAR}.
 */
public final class EarnRule {

    private final Map<Rank, BigDecimal> pointsPerYenByRank;
    private final List<Campaign> campaigns;

    /**
     * @param pointsPerYenByRank points per yen for each rank, each from 0 to 1 (e.g. 0.01 is one point per 100 yen);
     *     must contain {@link Rank#REGULAR}
     * @param campaigns the campaigns to consider, possibly overlapping
     * @throws NullPointerException if an argument, a key, a rate or a campaign is null
     * @throws IllegalArgumentException if a rate is outside 0..1 or {@code REGULAR} has no rate
     */
    public EarnRule(Map<Rank, BigDecimal> pointsPerYenByRank, List<Campaign> campaigns) {
        this.pointsPerYenByRank = Map.copyOf(pointsPerYenByRank);
        this.campaigns = List.copyOf(campaigns);
        this.pointsPerYenByRank.forEach((rank, rate) -> {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(
                        "points per yen for " + rank + " must be from 0 to 1: " + rate.toPlainString());
            }
        });
        if (!this.pointsPerYenByRank.containsKey(Rank.REGULAR)) {
            throw new IllegalArgumentException("the earn rates must include " + Rank.REGULAR);
        }
    }

    /**
     * The points a purchase of {@code amount} earns for a member of {@code rank} on {@code businessDate}: amount ×
     * rank rate × the highest multiplier among the campaigns active that day (campaigns do not stack), rounded down
     * to whole points.
     *
     * @param amount the purchase amount, more than zero yen
     * @param rank the member's rank; one without a rate earns at the {@link Rank#REGULAR} rate
     * @param businessDate the date of the purchase, which decides the campaigns
     * @throws IllegalArgumentException if {@code amount} is not positive
     * @throws ArithmeticException if the points do not fit in a {@code long}
     */
    public Points points(Yen amount, Rank rank, LocalDate businessDate) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(businessDate, "businessDate");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a purchase amount must be more than zero yen: " + amount);
        }
        return Points.of(BigDecimal.valueOf(amount.value())
                .multiply(rateFor(rank))
                .multiply(multiplierOn(businessDate))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact());
    }

    /** The points per yen of {@code rank}, or of {@link Rank#REGULAR} when the rank has no rate. */
    public BigDecimal rateFor(Rank rank) {
        return pointsPerYenByRank.getOrDefault(rank, pointsPerYenByRank.get(Rank.REGULAR));
    }

    /** The highest multiplier among the campaigns active on {@code date}; 1 when none is. */
    public BigDecimal multiplierOn(LocalDate date) {
        return campaigns.stream()
                .filter(campaign -> campaign.activeOn(date))
                .map(Campaign::multiplier)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
    }
}

package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.member.members.rules.Rank;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EarnRuleTest {

    private static final Map<Rank, BigDecimal> RATES = Map.of(
            Rank.REGULAR, new BigDecimal("0.01"),
            Rank.SILVER, new BigDecimal("0.015"),
            Rank.GOLD, new BigDecimal("0.02"),
            Rank.PLATINUM, new BigDecimal("0.03"));
    private static final LocalDate ORDINARY_DAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate CAMPAIGN_FIRST = LocalDate.of(2026, 7, 1);
    private static final LocalDate CAMPAIGN_LAST = LocalDate.of(2026, 7, 7);

    private static EarnRule withoutCampaigns() {
        return new EarnRule(RATES, List.of());
    }

    private static Campaign campaign(String code, String multiplier) {
        return new Campaign(code, CAMPAIGN_FIRST, CAMPAIGN_LAST, new BigDecimal(multiplier));
    }

    @ParameterizedTest(name = "{0} yen {1} → {2} points")
    @CsvSource({
        "999, REGULAR, 9",
        "1000, REGULAR, 10",
        "1, REGULAR, 0",
        "99, REGULAR, 0",
        "100, REGULAR, 1",
        "12345, GOLD, 246",
        "12345, SILVER, 185",
        "12345, PLATINUM, 370",
        "1234, REGULAR, 12"
    })
    @DisplayName("points are amount × rank rate, rounded down to whole points")
    void rankRateRoundedDown(long amountYen, String rank, long expected) {
        EarnRule rule = withoutCampaigns();

        Points points = rule.points(Yen.of(amountYen), Rank.of(rank), ORDINARY_DAY);

        assertThat(points).isEqualTo(Points.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BRONZE", "STAFF"})
    @DisplayName("a rank without a rate of its own earns at the REGULAR rate")
    void unknownRankEarnsRegular(String rank) {
        EarnRule rule = withoutCampaigns();

        Points points = rule.points(Yen.of(12_345), Rank.of(rank), ORDINARY_DAY);

        assertThat(points).isEqualTo(Points.of(123));
    }

    @Test
    @DisplayName("a x2 campaign on the day doubles before rounding: 1,234 yen REGULAR → 24 (not 2 × 12)")
    void campaignDoubles() {
        EarnRule rule = new EarnRule(RATES, List.of(campaign("DOUBLE", "2")));

        Points points = rule.points(Yen.of(1_234), Rank.REGULAR, LocalDate.of(2026, 7, 3));

        assertThat(points).isEqualTo(Points.of(24));
    }

    @Test
    @DisplayName("campaigns do not stack: x2 and x3 on the same day give x3")
    void highestMultiplierOnly() {
        EarnRule rule = new EarnRule(RATES, List.of(campaign("DOUBLE", "2"), campaign("TRIPLE", "3")));

        Points points = rule.points(Yen.of(1_234), Rank.REGULAR, LocalDate.of(2026, 7, 3));

        assertThat(points).isEqualTo(Points.of(37));
        assertThat(rule.multiplierOn(LocalDate.of(2026, 7, 3))).isEqualByComparingTo("3");
    }

    @ParameterizedTest(name = "{0} → {1} points")
    @CsvSource({"2026-06-30, 12", "2026-07-01, 24", "2026-07-07, 24", "2026-07-08, 12"})
    @DisplayName("a campaign counts on its first and last day, not the day before or after")
    void campaignDatesInclusive(LocalDate businessDate, long expected) {
        EarnRule rule = new EarnRule(RATES, List.of(campaign("DOUBLE", "2")));

        Points points = rule.points(Yen.of(1_234), Rank.REGULAR, businessDate);

        assertThat(points).isEqualTo(Points.of(expected));
    }

    @Test
    @DisplayName("a fractional multiplier is exact: 1,000 yen SILVER at x1.5 → 22 (22.5 rounded down)")
    void fractionalMultiplier() {
        EarnRule rule = new EarnRule(RATES, List.of(campaign("HALF_AGAIN", "1.5")));

        Points points = rule.points(Yen.of(1_000), Rank.SILVER, CAMPAIGN_FIRST);

        assertThat(points).isEqualTo(Points.of(22));
    }

    @Test
    @DisplayName("with no campaign the multiplier is 1")
    void noCampaignMultiplierOne() {
        EarnRule rule = new EarnRule(RATES, List.of(campaign("DOUBLE", "2")));

        assertThat(rule.multiplierOn(ORDINARY_DAY)).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("a zero rate earns nothing")
    void zeroRate() {
        EarnRule rule = new EarnRule(Map.of(Rank.REGULAR, BigDecimal.ZERO), List.of());

        assertThat(rule.points(Yen.of(1_000_000), Rank.REGULAR, ORDINARY_DAY)).isEqualTo(Points.ZERO);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -1_000})
    @DisplayName("an amount of zero yen or less is refused")
    void amountNotPositive(long amountYen) {
        EarnRule rule = withoutCampaigns();

        assertThatThrownBy(() -> rule.points(Yen.of(amountYen), Rank.REGULAR, ORDINARY_DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.01", "100"})
    @DisplayName("rates below 0 or above 1 point per yen are refused")
    void rateOutOfRange(String rate) {
        Map<Rank, BigDecimal> rates = Map.of(Rank.REGULAR, new BigDecimal("0.01"), Rank.GOLD, new BigDecimal(rate));

        assertThatThrownBy(() -> new EarnRule(rates, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rates of exactly 0 and 1 point per yen are accepted")
    void rateBounds() {
        EarnRule rule =
                new EarnRule(Map.of(Rank.REGULAR, BigDecimal.ZERO, Rank.of("STAFF"), BigDecimal.ONE), List.of());

        assertThat(rule.points(Yen.of(1_234), Rank.of("STAFF"), ORDINARY_DAY)).isEqualTo(Points.of(1_234));
    }

    @Test
    @DisplayName("a rate table without REGULAR is refused, since unknown ranks fall back to it")
    void regularRequired() {
        Map<Rank, BigDecimal> rates = Map.of(Rank.GOLD, new BigDecimal("0.02"));

        assertThatThrownBy(() -> new EarnRule(rates, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("later changes to the caller's map and list do not change the rule")
    void defensiveCopies() {
        HashMap<Rank, BigDecimal> rates = new HashMap<>(RATES);
        ArrayList<Campaign> campaigns = new ArrayList<>();
        EarnRule rule = new EarnRule(rates, campaigns);

        rates.put(Rank.REGULAR, BigDecimal.ONE);
        campaigns.add(campaign("DOUBLE", "2"));

        assertThat(rule.points(Yen.of(1_234), Rank.REGULAR, CAMPAIGN_FIRST)).isEqualTo(Points.of(12));
    }
}

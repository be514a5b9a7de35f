package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.member.members.rules.Rank;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankRuleTest {

    /** Deliberately out of order: the rule sorts them. */
    private static final List<RankThreshold> THRESHOLDS = List.of(
            new RankThreshold(Rank.GOLD, Yen.of(150_000)),
            new RankThreshold(Rank.REGULAR, Yen.of(0)),
            new RankThreshold(Rank.PLATINUM, Yen.of(500_000)),
            new RankThreshold(Rank.SILVER, Yen.of(50_000)));

    @ParameterizedTest(name = "{0} yen → {1}")
    @CsvSource({
        "-1, REGULAR",
        "-1000000, REGULAR",
        "0, REGULAR",
        "49999, REGULAR",
        "50000, SILVER",
        "149999, SILVER",
        "150000, GOLD",
        "499999, GOLD",
        "500000, PLATINUM",
        "9223372036854775807, PLATINUM"
    })
    @DisplayName("the rank is the highest whose minimum the qualifying spend reaches; negative spend gives the lowest")
    void rankFor(long spendYen, String expected) {
        RankRule rule = new RankRule(THRESHOLDS);

        Rank rank = rule.rankFor(Yen.of(spendYen));

        assertThat(rank).isEqualTo(Rank.of(expected));
    }

    @Test
    @DisplayName("thresholds are kept lowest minimum first, whatever order they were given in")
    void sorted() {
        RankRule rule = new RankRule(THRESHOLDS);

        assertThat(rule.thresholds())
                .extracting(RankThreshold::rank)
                .containsExactly(Rank.REGULAR, Rank.SILVER, Rank.GOLD, Rank.PLATINUM);
    }

    @Test
    @DisplayName("a single rank at 0 yen gives every member that rank")
    void singleRank() {
        RankRule rule = new RankRule(List.of(new RankThreshold(Rank.of("MEMBER"), Yen.of(0))));

        assertThat(rule.rankFor(Yen.of(10_000_000))).isEqualTo(Rank.of("MEMBER"));
    }

    @Test
    @DisplayName("thresholds without one at 0 yen are refused, as are none at all")
    void zeroRequired() {
        List<RankThreshold> noZero =
                List.of(new RankThreshold(Rank.SILVER, Yen.of(50_000)), new RankThreshold(Rank.GOLD, Yen.of(150_000)));

        assertThatThrownBy(() -> new RankRule(noZero)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankRule(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("two ranks at the same minimum, or one rank twice, are refused as ambiguous")
    void ambiguous() {
        List<RankThreshold> sameMinimum =
                List.of(new RankThreshold(Rank.REGULAR, Yen.of(0)), new RankThreshold(Rank.of("BASIC"), Yen.of(0)));
        List<RankThreshold> sameRank =
                List.of(new RankThreshold(Rank.REGULAR, Yen.of(0)), new RankThreshold(Rank.REGULAR, Yen.of(10)));

        assertThatThrownBy(() -> new RankRule(sameMinimum)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankRule(sameRank)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "today {0} → from {1}")
    @CsvSource({
        "2026-03-31, 2025-04-01",
        "2026-12-31, 2026-01-01",
        "2026-01-01, 2025-01-02",
        "2028-02-29, 2027-03-01",
        "2029-02-28, 2028-02-29",
        "2027-03-01, 2026-03-02"
    })
    @DisplayName("the qualifying period is the rolling 12 months ending today, today included")
    void qualifyingFrom(LocalDate today, LocalDate expected) {
        LocalDate from = RankRule.qualifyingFrom(today);

        assertThat(from).isEqualTo(expected);
        assertThat(RankRule.QUALIFYING_MONTHS).isEqualTo(12);
    }
}

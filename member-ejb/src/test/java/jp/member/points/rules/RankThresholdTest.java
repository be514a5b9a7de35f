package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.member.members.rules.Rank;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankThresholdTest {

    @Test
    @DisplayName("a rank starting at 0 yen is valid")
    void zeroMinimum() {
        RankThreshold threshold = new RankThreshold(Rank.REGULAR, Yen.ZERO);

        assertThat(threshold.minimumSpend()).isEqualTo(Yen.ZERO);
    }

    @Test
    @DisplayName("a negative minimum spend is refused")
    void negativeMinimum() {
        assertThatThrownBy(() -> new RankThreshold(Rank.GOLD, Yen.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    @DisplayName("a blank rank is refused")
    void blankRank(String rank) {
        assertThatThrownBy(() -> new RankThreshold(Rank.of(rank), Yen.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a missing rank or minimum is refused")
    void missingRank() {
        assertThatThrownBy(() -> new RankThreshold(null, Yen.ZERO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RankThreshold(Rank.GOLD, null)).isInstanceOf(NullPointerException.class);
    }
}

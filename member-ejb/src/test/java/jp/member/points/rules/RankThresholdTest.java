package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankThresholdTest {

    @Test
    @DisplayName("a rank starting at 0 yen is valid")
    void zeroMinimum() {
        RankThreshold threshold = new RankThreshold("REGULAR", 0);

        assertThat(threshold.minimumSpendYen()).isZero();
    }

    @Test
    @DisplayName("a negative minimum spend is refused")
    void negativeMinimum() {
        assertThatThrownBy(() -> new RankThreshold("GOLD", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    @DisplayName("a blank rank is refused")
    void blankRank(String rank) {
        assertThatThrownBy(() -> new RankThreshold(rank, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a missing rank is refused")
    void missingRank() {
        assertThatThrownBy(() -> new RankThreshold(null, 0)).isInstanceOf(NullPointerException.class);
    }
}

package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpiryTotalsRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T19:15:00Z");

    @Test
    @DisplayName("under a rule that never moved, the totals may be built and stay usable")
    void neverMoved() {
        assertThat(ExpiryTotalsRule.buildable(false, Optional.empty(), NOW)).isTrue();
        assertThat(ExpiryTotalsRule.usable(false, Optional.empty(), Optional.of(NOW.minus(Duration.ofDays(90)))))
                .isTrue();
    }

    @Test
    @DisplayName("totals never built are not usable")
    void notBuilt() {
        assertThat(ExpiryTotalsRule.usable(false, Optional.empty(), Optional.empty()))
                .isFalse();
    }

    @Test
    @DisplayName("while the rule moves lots with each activity, the totals are neither built nor used")
    void movingRule() {
        assertThat(ExpiryTotalsRule.buildable(true, Optional.empty(), NOW)).isFalse();
        assertThat(ExpiryTotalsRule.usable(true, Optional.empty(), Optional.of(NOW.minusSeconds(60))))
                .isFalse();
    }

    @Test
    @DisplayName("after a moving rule ended, the totals may be built a day later, not before")
    void settling() {
        Instant ended = NOW.minus(Duration.ofHours(23));

        assertThat(ExpiryTotalsRule.buildable(false, Optional.of(ended), NOW)).isFalse();
        assertThat(ExpiryTotalsRule.buildable(false, Optional.of(ended), ended.plus(ExpiryTotalsRule.SETTLING)))
                .isTrue();
    }

    @Test
    @DisplayName("totals built before a moving rule was in force are not usable after it, even once it ended")
    void builtBeforeAMovingRule() {
        Instant built = NOW.minus(Duration.ofDays(30));
        Instant ended = NOW.minus(Duration.ofDays(10));

        assertThat(ExpiryTotalsRule.usable(false, Optional.of(ended), Optional.of(built)))
                .isFalse();
        assertThat(ExpiryTotalsRule.usable(false, Optional.of(ended), Optional.of(NOW)))
                .isTrue();
    }
}

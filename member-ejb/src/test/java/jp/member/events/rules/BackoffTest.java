package jp.member.events.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), 8);

    @Test
    @DisplayName("5 s after the first failure, doubling after each further one")
    void doubles() {
        assertThat(DEFAULT.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DEFAULT.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DEFAULT.after(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(DEFAULT.after(7)).isEqualTo(Duration.ofSeconds(320));
    }

    @Test
    @DisplayName("never longer than the cap, however many failures, without overflowing")
    void capped() {
        assertThat(DEFAULT.after(11)).isEqualTo(Duration.ofHours(1));
        assertThat(DEFAULT.after(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(DEFAULT.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("dead after the last attempt, not before")
    void exhausted() {
        assertThat(DEFAULT.exhausted(7)).isFalse();
        assertThat(DEFAULT.exhausted(8)).isTrue();
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).exhausted(1))
                .isTrue();
    }

    @Test
    @DisplayName("a zero base, a cap below the base or no attempt at all is refused")
    void refusals() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5), 3));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 0));
    }
}

package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    @DisplayName("a burst up to the capacity passes, the next is refused and told when to retry")
    void burstThenRefused() {
        TokenBucket bucket = new TokenBucket(5, 0.5, 0);

        int passed = 0;
        for (int i = 0; i < 8; i++) {
            passed += bucket.tryTake(0) ? 1 : 0;
        }

        assertThat(passed).isEqualTo(5);
        assertThat(bucket.hasToken(0)).isFalse();
        assertThat(bucket.secondsUntilToken(0)).isEqualTo(2);
    }

    @Test
    @DisplayName("tokens come back at the rate and never beyond the capacity")
    void refillsAtRate() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        for (int i = 0; i < 3; i++) {
            bucket.tryTake(0);
        }

        assertThat(bucket.tryTake(SECOND / 4)).isFalse();
        assertThat(bucket.tryTake(SECOND / 2)).isTrue();
        assertThat(bucket.isFull(SECOND / 2)).isFalse();
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        int passed = 0;
        for (int i = 0; i < 10; i++) {
            passed += bucket.tryTake(100 * SECOND) ? 1 : 0;
        }
        assertThat(passed).isEqualTo(3);
    }

    @Test
    @DisplayName("a clock that goes back takes nothing away and gives nothing")
    void clockGoingBack() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        assertThat(bucket.tryTake(10 * SECOND)).isTrue();

        assertThat(bucket.tryTake(5 * SECOND)).isFalse();
        assertThat(bucket.tryTake(11 * SECOND)).isTrue();
    }

    @Test
    @DisplayName("a bucket without room or rate is refused at construction")
    void invalidLimits() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a token given back can be taken again, but the bucket never holds more than its capacity")
    void giveBack() {
        TokenBucket bucket = new TokenBucket(2, 0.001, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();

        bucket.giveBack(0);
        assertThat(bucket.tryTake(0)).isTrue();
        bucket.giveBack(0);
        bucket.giveBack(0);
        bucket.giveBack(0);
        assertThat(bucket.isFull(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
    }
}

package jp.member.events.rules;

import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code base} after the first failure, doubling after each further one, never
 * more than {@code cap} (5 s, 10 s, 20 s … by default). After {@code maxAttempts} failures the delivery is dead.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a backoff needs 0 < base <= cap and at least one attempt");
        }
    }

    /** The wait before the next attempt after {@code failures} failed attempts (1 for the first failure). */
    public Duration after(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        // doubling 62 times overflows a long of milliseconds: the cap is reached long before
        int doublings = Math.min(failures - 1, 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** Whether a delivery that failed {@code failures} times is dead (no attempt left). */
    public boolean exhausted(int failures) {
        return failures >= maxAttempts;
    }
}

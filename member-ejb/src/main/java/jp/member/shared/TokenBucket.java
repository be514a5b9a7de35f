package jp.member.shared;

/**
 * A token bucket: holds up to {@code capacity} tokens, gains {@code perSecond} tokens a second, and each admitted
 * event takes one. A burst up to the capacity passes at once; beyond it, events pass at the refill rate. Time is
 * given by the caller (nanoseconds from any fixed origin, e.g. {@link System#nanoTime()}), so the rule is tested
 * without a clock. Thread-safe.
 */
public final class TokenBucket {

    private static final double NANOS = 1_000_000_000d;

    private final double capacity;
    private final double perSecond;
    private double tokens;
    private long updatedAt;

    public TokenBucket(int capacity, double perSecond, long now) {
        if (capacity < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("a bucket needs a capacity of at least 1 and a positive rate");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token if one is there; whether the event may pass. */
    public synchronized boolean tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Returns a token taken for an event that, after all, does not count (never above the capacity). */
    public synchronized void giveBack(long now) {
        refill(now);
        tokens = Math.min(capacity, tokens + 1);
    }

    /** Whether a token is there, without taking it. */
    public synchronized boolean hasToken(long now) {
        refill(now);
        return tokens >= 1;
    }

    /** Whole seconds until the next token, at least 1 (what a Retry-After header says). */
    public synchronized long secondsUntilToken(long now) {
        refill(now);
        if (tokens >= 1) {
            return 1;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }

    /** Full again: the bucket remembers nothing, so a registry may drop it. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    public boolean sameLimits(int otherCapacity, double otherPerSecond) {
        return capacity == otherCapacity && perSecond == otherPerSecond;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) / NANOS * perSecond);
            updatedAt = now;
        }
    }
}

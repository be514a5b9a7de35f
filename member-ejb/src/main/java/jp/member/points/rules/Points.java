package jp.member.points.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * A count of loyalty points. Points are whole and never negative: a balance, a lot, an earn or a redemption is
 * zero or more points, so arithmetic that would go below zero is refused rather than clamped.
 *
 * @param value the number of points, zero or more
 */
public record Points(long value) implements Serializable, Comparable<Points> {

    /** No points. */
    public static final Points ZERO = new Points(0);

    /** @throws IllegalArgumentException if {@code value} is negative */
    public Points {
        if (value < 0) {
            throw new IllegalArgumentException("points must not be negative: " + value);
        }
    }

    /**
     * The points counted by {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public static Points of(long value) {
        return value == 0 ? ZERO : new Points(value);
    }

    /**
     * These points and the other ones together.
     *
     * @throws ArithmeticException if the sum does not fit in a {@code long}
     */
    public Points plus(Points other) {
        return of(Math.addExact(value, other.value));
    }

    /**
     * These points less the other ones.
     *
     * @throws IllegalArgumentException if {@code other} is more than these points (points never go negative)
     */
    public Points minus(Points other) {
        if (other.value > value) {
            throw new IllegalArgumentException("cannot take " + other.value + " points from " + value);
        }
        return of(value - other.value);
    }

    /** The smaller of these points and the other ones. */
    public Points min(Points other) {
        Objects.requireNonNull(other, "other");
        return value <= other.value ? this : other;
    }

    /** Whether there are no points. */
    public boolean isZero() {
        return value == 0;
    }

    /** Whether there is at least one point. */
    public boolean isPositive() {
        return value > 0;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(value, other.value);
    }

    /** The count alone, {@code 120}, as a page, a log line or an audit detail shows it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

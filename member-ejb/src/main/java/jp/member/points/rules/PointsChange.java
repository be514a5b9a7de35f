package jp.member.points.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * A change of a member's points, signed: what one ledger entry or one lot movement adds (positive) or takes away
 * (negative), or an adjustment a person asks for. Unlike {@link Points}, which counts what is there and is never
 * negative, a change has a direction; {@link #size()} is its count of points.
 *
 * <p>{@link Long#MIN_VALUE} is refused, so that every change can be turned round ({@link #negate()}) and measured
 * ({@link #size()}) without overflow.
 *
 * @param value points added (positive) or taken away (negative)
 */
public record PointsChange(long value) implements Serializable {

    /** A change that moves nothing (the reversal of an earn that earned nothing). */
    public static final PointsChange ZERO = new PointsChange(0);

    /** @throws IllegalArgumentException if {@code value} is {@link Long#MIN_VALUE} */
    public PointsChange {
        if (value == Long.MIN_VALUE) {
            throw new IllegalArgumentException("a change of points must fit in a long either way round");
        }
    }

    /** The change of {@code value} points, positive adding and negative taking away. */
    public static PointsChange of(long value) {
        return value == 0 ? ZERO : new PointsChange(value);
    }

    /** The change that adds {@code points} (an earn, a positive adjustment, the points a transfer brings). */
    public static PointsChange adding(Points points) {
        return of(Objects.requireNonNull(points, "points").value());
    }

    /** The change that takes {@code points} away (a redemption, an expiry, a forfeit). */
    public static PointsChange taking(Points points) {
        return of(-Objects.requireNonNull(points, "points").value());
    }

    /** The change the other way round: what undoes this one. */
    public PointsChange negate() {
        return of(-value);
    }

    /** How many points change hands, whichever way. */
    public Points size() {
        return Points.of(Math.abs(value));
    }

    /** Whether the change moves nothing. */
    public boolean isZero() {
        return value == 0;
    }

    /** Whether the change adds points. */
    public boolean isPositive() {
        return value > 0;
    }

    /** Whether the change takes points away. */
    public boolean isNegative() {
        return value < 0;
    }

    /** The signed count alone, {@code -250}, as a page, a log line or an audit detail shows it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

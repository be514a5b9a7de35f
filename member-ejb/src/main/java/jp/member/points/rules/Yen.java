package jp.member.points.rules;

import java.io.Serializable;

/**
 * An amount of money in whole yen (the programme knows no sen). Signed, because the ledger is: a purchase is a
 * positive amount, its refund is recorded as the negative of it, and a qualifying spend falls below zero when more was
 * refunded than bought in the period. Where an amount must be positive (a purchase at the till, see {@link
 * EarnRule#points}) or zero or more (the minimum spend of a rank, see {@link RankThreshold}), that rule refuses the
 * others; a yen amount cannot be mistaken for a count of {@link Points} any more.
 *
 * @param value the amount in yen
 */
public record Yen(long value) implements Serializable, Comparable<Yen> {

    /** No yen. */
    public static final Yen ZERO = new Yen(0);

    /** The amount of {@code value} yen. */
    public static Yen of(long value) {
        return value == 0 ? ZERO : new Yen(value);
    }

    /**
     * This amount and the other together.
     *
     * @throws ArithmeticException if the sum does not fit in a {@code long}
     */
    public Yen plus(Yen other) {
        return of(Math.addExact(value, other.value));
    }

    /**
     * The amount with the opposite sign (the refund of a purchase).
     *
     * @throws ArithmeticException for {@link Long#MIN_VALUE} yen, which has no opposite in a {@code long}
     */
    public Yen negate() {
        return of(Math.negateExact(value));
    }

    /** Whether the amount is more than zero yen. */
    public boolean isPositive() {
        return value > 0;
    }

    /** Whether the amount is less than zero yen. */
    public boolean isNegative() {
        return value < 0;
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(value, other.value);
    }

    /** The amount alone, {@code 12345}, as a page, a log line or an audit detail shows it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

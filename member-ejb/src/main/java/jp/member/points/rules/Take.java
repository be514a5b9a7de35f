package jp.member.points.rules;

/**
 * Points to consume from one lot, as decided by {@link LotAllocator}. A take is never of zero points: a lot that
 * gives nothing is simply not in the result.
 *
 * @param lotId the lot to consume from
 * @param points how many of its points, one or more
 */
public record Take(long lotId, long points) {

    /** @throws IllegalArgumentException if {@code points} is not positive */
    public Take {
        if (points <= 0) {
            throw new IllegalArgumentException("a take must be of at least one point: " + points);
        }
    }
}

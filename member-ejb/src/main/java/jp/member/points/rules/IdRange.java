package jp.member.points.rules;

/**
 * A run of ledger entry ids, both ends included.
 *
 * @param first one or more
 * @param last {@code first} or more
 */
public record IdRange(long first, long last) {

    /** @throws IllegalArgumentException if the range is empty or starts below 1 */
    public IdRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("not a range of ids: " + first + ".." + last);
        }
    }

    public boolean contains(long id) {
        return id >= first && id <= last;
    }
}

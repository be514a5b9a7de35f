package jp.member.points.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Which ids of some ranges a reading of the ledger saw. An id it did not see belongs to an entry not committed yet,
 * or to none at all (an insert that was rolled back): the closing job looks at those again in its next run, so that
 * an entry counts in the closings exactly once, however late its transaction commits.
 */
public final class IdCoverage {

    private final List<IdRange> ranges;
    private final List<List<IdRange>> missing = new ArrayList<>();
    private int current;
    private long next;

    /**
     * @param ranges ascending and not overlapping
     * @throws IllegalArgumentException if they are not
     */
    public IdCoverage(List<IdRange> ranges) {
        this.ranges = List.copyOf(ranges);
        for (int i = 1; i < this.ranges.size(); i++) {
            if (this.ranges.get(i).first() <= this.ranges.get(i - 1).last()) {
                throw new IllegalArgumentException("ranges must ascend without overlapping: " + ranges);
            }
        }
        this.ranges.forEach(r -> missing.add(new ArrayList<>()));
        next = this.ranges.isEmpty() ? 0 : this.ranges.get(0).first();
    }

    /**
     * An id the reading saw; ids come in ascending order, each in one of the ranges.
     *
     * @throws IllegalArgumentException if it is in none of the ranges, or not above the previous one
     */
    public void seen(long id) {
        while (current < ranges.size() && id > ranges.get(current).last()) {
            close();
        }
        if (current == ranges.size() || !ranges.get(current).contains(id) || id < next) {
            throw new IllegalArgumentException("id " + id + " is not next in " + ranges);
        }
        if (id > next) {
            missing.get(current).add(new IdRange(next, id - 1));
        }
        next = id + 1;
    }

    /** For each range given, in the same order, the ids in it that were not seen (none: an empty list). */
    public List<List<IdRange>> missing() {
        while (current < ranges.size()) {
            close();
        }
        return missing.stream().map(List::copyOf).toList();
    }

    private void close() {
        IdRange range = ranges.get(current);
        if (next <= range.last()) {
            missing.get(current).add(new IdRange(next, range.last()));
        }
        current++;
        next = current < ranges.size() ? ranges.get(current).first() : 0;
    }
}

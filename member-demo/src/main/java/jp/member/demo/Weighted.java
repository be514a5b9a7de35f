package jp.member.demo;

import java.util.List;

/**
 * A weighted choice from a fixed list: common names and big cities come up as often as they do in a real member
 * base. A binary search over cumulative weights keeps each pick at a few comparisons.
 */
final class Weighted<T> {

    private final List<T> items;
    private final int[] cumulative;
    private final int total;

    Weighted(List<T> items, int[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per item and at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weights must be positive");
            }
            sum = Math.addExact(sum, weights[i]);
            cumulative[i] = sum;
        }
        this.total = sum;
    }

    T pick(Draw draw) {
        int target = draw.below(total);
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return items.get(low);
    }

    List<T> items() {
        return items;
    }
}

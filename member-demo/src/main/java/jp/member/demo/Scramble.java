package jp.member.demo;

/**
 * A keyed permutation of 0 to 99,999,999: a four-round Feistel network on two four-digit halves. Phone numbers and
 * e-mail addresses are derived from the member index through it, which makes them unique without remembering any
 * that were issued (a permutation never maps two indexes to one value), while consecutive members get numbers that
 * do not look consecutive. A plain multiplication by an odd constant would also be a permutation, but neighbours
 * would then differ by that constant; the rounds hide that, and the key makes each seed's numbers different.
 *
 * <p>The round functions are tabulated when the key is set (4 × 10,000 shorts), so applying the permutation costs
 * four table look-ups.
 */
final class Scramble {

    static final int SIZE = 100_000_000;

    private static final int HALF = 10_000;
    private static final int ROUNDS = 4;
    private static final long ROUND_STEP = 0xD1B54A32D192ED03L;

    private final short[][] rounds = new short[ROUNDS][HALF];

    Scramble(long key) {
        for (int round = 0; round < ROUNDS; round++) {
            for (int half = 0; half < HALF; half++) {
                long hash = Draw.mix(key + round * ROUND_STEP + half);
                rounds[round][half] = (short) (((hash >>> 32) * HALF) >>> 32);
            }
        }
    }

    int apply(int value) {
        if (value < 0 || value >= SIZE) {
            throw new IllegalArgumentException("outside 0.." + (SIZE - 1) + ": " + value);
        }
        int left = value / HALF;
        int right = value % HALF;
        for (short[] round : rounds) {
            int next = left + round[right];
            if (next >= HALF) {
                next -= HALF;
            }
            left = right;
            right = next;
        }
        return left * HALF + right;
    }
}

package jp.member.demo;

/**
 * The random numbers behind one synthetic member: a SplitMix64 stream. Written out rather than taken from
 * {@link java.util.SplittableRandom} because the generated data must stay the same across JDK versions, and the
 * algorithm of the JDK classes is not part of their contract.
 */
final class Draw {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    Draw(long state) {
        this.state = state;
    }

    /** The SplitMix64 finaliser: spreads any change of the input over all 64 bits. */
    static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound); the bias of the multiply-shift method is far below anything a test could see. */
    int below(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** True with the given probability in thousandths. */
    boolean chance(int perMille) {
        return below(1000) < perMille;
    }
}

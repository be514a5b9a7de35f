package jp.member.bench;

import java.util.Arrays;

/** Latency samples (nanoseconds) and their percentiles. */
public final class Latencies {

    private final long[] nanos;

    public Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    public int count() {
        return nanos.length;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    public double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1_000_000.0;
    }
}

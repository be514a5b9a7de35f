package jp.member.bench;

/**
 * One measured phase of a path at a number of concurrent clients: the rate, the latency percentiles (milliseconds)
 * and the CPU milliseconds per operation of the application server and of the database ({@link CpuMeter}; NaN when
 * unknown).
 */
record Phase(
        String mode,
        int threads,
        int count,
        double perSecond,
        double p50,
        double p95,
        double p99,
        double serverCpuMs,
        double databaseCpuMs) {}

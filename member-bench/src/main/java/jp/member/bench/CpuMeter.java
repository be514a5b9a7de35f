package jp.member.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * CPU time used by the processes of a measurement — the application server and the database server — read from the
 * operating system before and after it, so a figure per operation can be printed next to the rate (issue 16: server
 * CPU per earn).
 */
final class CpuMeter {

    private final ProcessHandle server;
    private final Optional<ProcessHandle> database;

    private CpuMeter(ProcessHandle server, Optional<ProcessHandle> database) {
        this.server = server;
        this.database = database;
    }

    /** The application server's process and the database listening on the bench port, if it can be found. */
    static CpuMeter of(ProcessHandle server, int databasePort) {
        String port = "--port=" + databasePort;
        Optional<ProcessHandle> database = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .filter(c -> (c.contains("mariadbd") || c.contains("mysqld")) && c.contains(port))
                        .isPresent())
                .findFirst();
        return new CpuMeter(server, database);
    }

    /** CPU milliseconds so far: the server's, then the database's (NaN when unknown). */
    double[] read() {
        return new double[] {millis(Optional.of(server)), millis(database)};
    }

    private static double millis(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos)
                .map(n -> n / 1e6)
                .orElse(Double.NaN);
    }
}

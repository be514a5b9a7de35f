package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * (b) The agent lookup by phone through the application's service path, at 1 and 8 concurrent callers, against a
 * raw indexed lookup, both inside one Payara Micro on the same database (see {@link LookupBenchServlet}).
 */
final class LookupBenchmark {

    static final String AGENT = "bench-agent";
    static final String PASSWORD = "bench-agent-password-2026";

    private LookupBenchmark() {}

    static List<Phase> all(BenchServer server, MysqlDataSource db, int members, long seed, String reference)
            throws IOException, InterruptedException, SQLException {
        BenchServer.createStaff(db, AGENT, PASSWORD, "AGENT");
        int lookups = lookups();
        // warm-up: JIT, pools, caches — several rounds, because the compiler was still busy with the service path's
        // larger code after one (a third of the server's CPU in the measured phases, JFR thread CPU load)
        for (int round = 0; round < Integer.getInteger("bench.warmups", 3); round++) {
            for (String mode : MODES) {
                run(server, db, 8, lookups, members, seed, reference, mode);
            }
        }
        List<Phase> results = new ArrayList<>();
        for (int threads : new int[] {1, 8}) {
            for (String mode : MODES) {
                results.add(run(server, db, threads, lookups, members, seed, reference, mode));
            }
        }
        return results;
    }

    /** The agent, and the service path warmed up (JIT, pools, caches), for {@link GrowthBenchmark}. */
    static void prepare(BenchServer server, MysqlDataSource db, int members, long seed, String reference)
            throws IOException, InterruptedException, SQLException {
        BenchServer.createStaff(db, AGENT, PASSWORD, "AGENT");
        run(server, db, 8, lookups(), members, seed, reference, "service");
    }

    /** The service path at 8 callers over the first {@code members} synthetic members. */
    static Phase service(BenchServer server, MysqlDataSource db, int members, long seed, String reference)
            throws IOException, InterruptedException, SQLException {
        return run(server, db, 8, lookups(), members, seed, reference, "service");
    }

    private static int lookups() {
        return Integer.getInteger("bench.lookups", 4000);
    }

    /**
     * The service path, the same work without the audit trail, the same minimal work with the trail in plain JDBC
     * (read, search and access entries, chaining queue, one commit), and the raw indexed SELECT.
     */
    static final List<String> MODES = List.of("service", "unaudited", "rawAudited", "raw");

    private static Phase run(
            BenchServer server,
            MysqlDataSource db,
            int threads,
            int lookups,
            int members,
            long seed,
            String reference,
            String mode)
            throws IOException, InterruptedException, SQLException {
        BenchServer.drainChainingQueue(db);
        CpuMeter cpu = CpuMeter.of(server.process(), Integer.getInteger("bench.db.port", 3319));
        double[] before = cpu.read();
        String[] f = server.post(
                        "bench/lookup",
                        Map.of(
                                "username",
                                AGENT,
                                "password",
                                PASSWORD,
                                "threads",
                                String.valueOf(threads),
                                "lookups",
                                String.valueOf(lookups),
                                "members",
                                String.valueOf(members),
                                "seed",
                                String.valueOf(seed),
                                "reference",
                                reference,
                                "mode",
                                mode))
                .split(" ");
        double[] after = cpu.read();
        int count = Integer.parseInt(f[0]);
        double seconds = Long.parseLong(f[1]) / 1e9;
        return new Phase(
                switch (mode) {
                    case "raw" -> "raw JDBC indexed SELECT";
                    case "rawAudited" -> "raw JDBC, the same work with the trail (read, entries, queue; one commit)";
                    case "unaudited" -> "same work without the audit trail";
                    default -> "application service path";
                },
                threads,
                count,
                count / seconds,
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                (after[0] - before[0]) / count,
                (after[1] - before[1]) / count);
    }
}

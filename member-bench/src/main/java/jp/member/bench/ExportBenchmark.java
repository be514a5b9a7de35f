package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 6's figures in one run on one database: the export of every active member with every column (personal columns
 * opened, formula-safe CSV, encrypted file, member list recorded) through the real approval path — requested by one
 * manager, approved by another, generated in the background, timed from the approval until the requester sees it
 * ready — against plain JDBC streaming the same rows to a plain CSV file in the same server. {@code bench.exportRounds}
 * (default 3) rounds, each a raw export then the application's, and a last raw export: on a machine whose load drifts
 * the best runs and the ratio of each round against the raw runs on either side are compared. The server's heap is
 * read before (after a full collection), while (sampled) and after each generation. See {@link ExportBenchServlet}.
 */
final class ExportBenchmark {

    record Heap(
            long max,
            long before,
            long peakSampled,
            long peakPools,
            long peakAfterCollection,
            int collections,
            long after,
            long afterFullCollection) {}

    /** One export through the application, and the raw export run just before it. */
    record Round(double seconds, double generatorSeconds, double rawSecondsBefore, Heap heap) {}

    record Result(
            long matched,
            long rows,
            List<Round> rounds,
            long rawRows,
            double rawSecondsAfter,
            long rawBytes,
            long downloadBytes,
            double downloadSeconds,
            boolean sameContent) {

        double bestSeconds() {
            return rounds.stream().mapToDouble(Round::seconds).min().orElseThrow();
        }

        double bestRawSeconds() {
            return Math.min(
                    rawSecondsAfter,
                    rounds.stream().mapToDouble(Round::rawSecondsBefore).min().orElseThrow());
        }

        /** Round i against the raw runs on either side of it (the load of a shared machine drifts). */
        double ratio(int i) {
            double rawAfter = i + 1 < rounds.size() ? rounds.get(i + 1).rawSecondsBefore() : rawSecondsAfter;
            double rawRate = 2 * rawRows / (rounds.get(i).rawSecondsBefore() + rawAfter);
            return rows / rounds.get(i).seconds() / rawRate;
        }
    }

    static final String REQUESTER = "bench-export-requester";
    static final String APPROVER = "bench-export-approver";
    private static final String PASSWORD = "bench-export-password-2026";
    private static final Pattern READY = Pattern.compile("Export \\d+ ready: (\\d+) rows in ([0-9.,]+) s");

    private ExportBenchmark() {}

    /** The server's settings for exports: files under the benchmark folder, a row cap that admits every member. */
    static Map<String, String> environment(Path dir, int members) {
        Path exports = dir.resolve("exports").toAbsolutePath();
        return members > 1_000_000
                ? Map.of("EXPORT_DIR", exports.toString(), "EXPORT_MAX_ROWS", String.valueOf(members))
                : Map.of("EXPORT_DIR", exports.toString());
    }

    /**
     * Point accounts for every member when no earlier benchmark made them (a run of the export alone), so that the
     * balance column is read from a joined row as in production.
     */
    static void seedAccounts(MysqlDataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM point_account")) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
            s.executeUpdate("INSERT INTO point_account (member_id, balance, last_activity_on, version)"
                    + " SELECT id, (id * 7919) % 50000, enrolled_on, 0 FROM member");
        }
    }

    static Result run(BenchServer server, MysqlDataSource db, Path dir) throws Exception {
        int count = Integer.getInteger("bench.exportRounds", 3);
        BenchServer.createStaff(db, REQUESTER, PASSWORD, "MANAGER");
        BenchServer.createStaff(db, APPROVER, PASSWORD, "MANAGER");
        Path rawFile = dir.resolve("export-raw.csv").toAbsolutePath();
        try {
            return rounds(server, rawFile, count);
        } finally {
            // the files are large and hold (synthetic) personal data: nothing is kept, also after a failure
            Files.deleteIfExists(rawFile);
            deleteExportFiles(dir.resolve("exports"));
        }
    }

    private static Result rounds(BenchServer server, Path rawFile, int count) throws Exception {
        List<Round> rounds = new ArrayList<>();
        long matched = 0;
        long rows = 0;
        String ref = null;
        for (int round = 1; round <= count; round++) {
            System.out.printf("Export, round %d of %d: the raw JDBC export ...%n", round, count);
            String[] raw = post(server, REQUESTER, Map.of("job", "raw", "file", rawFile.toString()));
            String[] requested = post(server, REQUESTER, Map.of("job", "request"));
            ref = requested[0];
            matched = Long.parseLong(requested[1]);
            System.out.printf(
                    "Export, round %d: %,d members requested; approving and generating ...%n", round, matched);
            String[] approved = post(server, APPROVER, Map.of("job", "approve", "ref", ref));
            String[] watched = post(server, REQUESTER, Map.of("job", "watch", "ref", ref));
            if (!"READY".equals(watched[1])) {
                throw new IllegalStateException("export ended " + watched[1] + " (see target/bench/payara-micro.log)");
            }
            rows = Long.parseLong(watched[2]);
            Heap heap = new Heap(
                    Long.parseLong(approved[2]),
                    Long.parseLong(approved[1]),
                    Long.parseLong(watched[3]),
                    Long.parseLong(watched[4]),
                    Long.parseLong(watched[5]),
                    Integer.parseInt(watched[6]),
                    Long.parseLong(watched[7]),
                    Long.parseLong(watched[8]));
            rounds.add(new Round(
                    (Long.parseLong(watched[0]) - Long.parseLong(approved[0])) / 1e9,
                    generatorSeconds(server, round),
                    Long.parseLong(raw[1]) / 1e9,
                    heap));
        }

        System.out.println("Export: downloading the last one, then the raw JDBC export once more ...");
        String[] downloaded = post(server, REQUESTER, Map.of("job", "download", "ref", ref));
        String[] raw = post(server, REQUESTER, Map.of("job", "raw", "file", rawFile.toString()));
        return new Result(
                matched,
                rows,
                rounds,
                Long.parseLong(raw[0]),
                Long.parseLong(raw[1]) / 1e9,
                Long.parseLong(raw[2]),
                Long.parseLong(downloaded[0]),
                Long.parseLong(downloaded[1]) / 1e9,
                downloaded[2].equals(raw[3]));
    }

    private static String[] post(BenchServer server, String user, Map<String, String> form)
            throws IOException, InterruptedException {
        Map<String, String> all = new java.util.HashMap<>(form);
        all.put("username", user);
        all.put("password", PASSWORD);
        return server.post("bench/export", all).split(" ");
    }

    /** The generator's own figure for the n-th export of the run, from its log line (written just after READY). */
    private static double generatorSeconds(BenchServer server, int n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Matcher> lines = server.logLines(" ready: ").stream()
                    .map(READY::matcher)
                    .filter(Matcher::find)
                    .toList();
            if (lines.size() >= n) {
                return Double.parseDouble(lines.get(n - 1).group(2).replace(',', '.'));
            }
            Thread.sleep(200);
        }
        return Double.NaN;
    }

    private static void deleteExportFiles(Path exports) throws IOException {
        if (!Files.isDirectory(exports)) {
            return;
        }
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    static String report(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n## Export (%,d active members, every column, personal columns opened; %d rounds)%n%n",
                r.matched(),
                r.rounds().size()));
        out.append("| export | rows | seconds, each run | rows/s, best run |\n| --- | --- | --- | --- |\n");
        out.append(String.format(
                Locale.ROOT,
                "| application: approve → background generation (open cells, formula-safe CSV, encrypted file,"
                        + " member list, progress) → READY seen by the requester | %,d | %s | %,.0f |%n",
                r.rows(),
                seconds(r.rounds().stream().map(Round::seconds).toList()),
                r.rows() / r.bestSeconds()));
        List<Double> raws =
                new ArrayList<>(r.rounds().stream().map(Round::rawSecondsBefore).toList());
        raws.add(r.rawSecondsAfter());
        out.append(String.format(
                Locale.ROOT,
                "| raw JDBC streaming, same rows, same cells opened, formula-safe CSV to a plain file — before each"
                        + " round and after the last | %,d | %s | %,.0f |%n",
                r.rawRows(),
                seconds(raws),
                r.rawRows() / r.bestRawSeconds()));
        out.append(String.format(
                Locale.ROOT,
                "| **ratio**, best against best (target ≥ 0.5) | | | **%.2f** |%n%n",
                (r.rows() / r.bestSeconds()) / (r.rawRows() / r.bestRawSeconds())));
        out.append("Ratio of each round against the raw runs on either side of it: ");
        for (int i = 0; i < r.rounds().size(); i++) {
            out.append(String.format(Locale.ROOT, i == 0 ? "%.2f" : ", %.2f", r.ratio(i)));
        }
        out.append(String.format(
                Locale.ROOT,
                ". Generator's own log: %s s. One download of the last export (decrypt the file, to a counting"
                        + " sink): %,d bytes in %.1f s (%,.0f rows/s); content %s the raw file (%,d bytes).%n%n",
                seconds(r.rounds().stream().map(Round::generatorSeconds).toList()),
                r.downloadBytes(),
                r.downloadSeconds(),
                r.rows() / r.downloadSeconds(),
                r.sameContent() ? "byte for byte identical to" : "DIFFERENT from",
                r.rawBytes()));
        out.append("| server heap (MiB) | before (after full GC) | peak sampled | peak, sum of pool peaks |"
                + " highest after a GC during the export | after | after full GC | max heap |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < r.rounds().size(); i++) {
            Heap h = r.rounds().get(i).heap();
            out.append(String.format(
                    Locale.ROOT,
                    "| round %d | %,d | %,d | %,d | %,d (%d GCs seen) | %,d | %,d | %,d |%n",
                    i + 1,
                    mib(h.before()),
                    mib(h.peakSampled()),
                    mib(h.peakPools()),
                    mib(h.peakAfterCollection()),
                    h.collections(),
                    mib(h.after()),
                    mib(h.afterFullCollection()),
                    mib(h.max())));
        }
        return out.toString();
    }

    private static String seconds(List<Double> values) {
        return String.join(
                " / ",
                values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}

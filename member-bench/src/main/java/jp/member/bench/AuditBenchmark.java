package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import jp.member.audit.chain.AuditRecord;
import jp.member.audit.chain.HashChain;

/**
 * The audit chain at scale: {@code bench.auditEntries} (default 10,000,000) access entries and their links are
 * written before the server starts (as the chainer would have linked them), then the application's verifier walks
 * the whole chain inside the server, against a plain streaming read of the same rows.
 */
final class AuditBenchmark {

    record Result(
            long seeded,
            double seedSeconds,
            long verified,
            double verifySeconds,
            boolean intact,
            long rawRows,
            double rawSeconds) {}

    private static final int BATCH = 5_000;

    private AuditBenchmark() {}

    /** Seeds the chain; returns how many entries and how long it took. Runs on an empty trail. */
    static long[] seed(MysqlDataSource db, int members) throws SQLException {
        long count = Long.getLong("bench.auditEntries", 10_000_000L);
        long start = System.nanoTime();
        Instant first = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        String hash = HashChain.GENESIS;
        try (Connection c = db.getConnection();
                PreparedStatement entry = c.prepareStatement("INSERT INTO audit_entry (id, occurred_us, event_type,"
                        + " outcome, actor, actor_kind, client_address, member_id, fields, purpose)"
                        + " VALUES (?, ?, 'PERSONAL_DATA_READ', 'SUCCESS', ?, 'STAFF', ?, ?,"
                        + " 'name_kanji,name_kana,birth_date,phone,email,prefecture,city', ?)");
                PreparedStatement link =
                        c.prepareStatement("INSERT INTO audit_chain (seq, entry_id, hash) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (long i = 1; i <= count; i++) {
                Instant at = first.plus(i * 3, ChronoUnit.MILLIS);
                String actor = "agent" + (i % 40);
                String address = "10.0." + (i % 40) + ".1";
                long member = 1 + (i * 7919) % Math.max(1, members);
                String purpose = i % 3 == 0 ? "VIEW" : "SEARCH";
                entry.setLong(1, i);
                entry.setLong(2, ChronoUnit.MICROS.between(Instant.EPOCH, at));
                entry.setString(3, actor);
                entry.setString(4, address);
                entry.setLong(5, member);
                entry.setString(6, purpose);
                entry.addBatch();
                hash = HashChain.link(
                        hash,
                        i,
                        new AuditRecord(
                                i,
                                at,
                                "PERSONAL_DATA_READ",
                                "SUCCESS",
                                actor,
                                "STAFF",
                                address,
                                member,
                                null,
                                "name_kanji,name_kana,birth_date,phone,email,prefecture,city",
                                purpose,
                                null,
                                null));
                link.setLong(1, i);
                link.setLong(2, i);
                link.setString(3, hash);
                link.addBatch();
                if (i % BATCH == 0 || i == count) {
                    entry.executeBatch();
                    link.executeBatch();
                    c.commit();
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
                head.setLong(1, count);
                head.setString(2, hash);
                head.executeUpdate();
            }
            c.commit();
        }
        return new long[] {count, System.nanoTime() - start};
    }

    static Result verify(BenchServer server, long[] seeded) throws IOException, InterruptedException {
        String[] f = server.post(
                        "bench/audit-verify",
                        Map.of("username", LookupBenchmark.AGENT, "password", LookupBenchmark.PASSWORD))
                .strip()
                .split(" ");
        return new Result(
                seeded[0],
                seeded[1] / 1e9,
                Long.parseLong(f[0]),
                Long.parseLong(f[1]) / 1e9,
                Boolean.parseBoolean(f[2]),
                Long.parseLong(f[3]),
                Long.parseLong(f[4]) / 1e9);
    }

    static String report(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "%n## Audit chain (%,d seeded entries in %.0f s)%n%n", r.seeded(), r.seedSeconds()));
        out.append("| verification | entries | seconds | entries/s |\n| --- | --- | --- | --- |\n");
        out.append(String.format(
                Locale.ROOT,
                "| application verifier (recompute every link, checkpoints, unchained entries) — %s | %,d | %.1f | %,.0f |%n",
                r.intact() ? "intact" : "BROKEN",
                r.verified(),
                r.verifySeconds(),
                r.verified() / r.verifySeconds()));
        out.append(String.format(
                Locale.ROOT,
                "| raw JDBC streaming read of the same rows | %,d | %.1f | %,.0f |%n",
                r.rawRows(),
                r.rawSeconds(),
                r.rawRows() / r.rawSeconds()));
        out.append(String.format(
                Locale.ROOT,
                "| **ratio** | | | **%.2f** |%n",
                (r.verified() / r.verifySeconds()) / (r.rawRows() / r.rawSeconds())));
        return out.toString();
    }
}

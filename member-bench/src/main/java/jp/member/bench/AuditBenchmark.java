package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.member.audit.chain.AuditRecord;
import jp.member.audit.chain.HashChain;
import jp.member.members.control.MemberViews;
import jp.member.members.entity.PersonalField;

/**
 * The audit chain at scale: {@code bench.auditEntries} (default 10,000,000) access entries and their links are
 * written before the server starts (as the chainer would have linked them; the incident benchmark computes a scope
 * from the same trail), then the application's verifier walks
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

    /**
     * How long the seeded trail spans, and how long before the run it ends. The entries are spread over 400 days (not
     * packed into hours) so that a period of the trail holds what that period of a real year holds: the incident
     * benchmark computes one account's last 30 days from it. The chain verification reads by position and does not
     * depend on the times. The trail ends a week before the run: the access alerts, whose longest window is a day,
     * find none of it in their windows, so the server's background work during the other benchmarks stays as it was.
     */
    static final Duration SPAN = Duration.ofDays(400);

    static final Duration ENDS_BEFORE_RUN = Duration.ofDays(7);

    /** The staff accounts the seeded entries are spread over ({@code agent0} … {@code agent39}). */
    static final int ACTORS = 40;

    /** Entries per seeded call (see {@link #seed}). */
    private static final int CALL = 5;

    /** The fields a masked search result or member page discloses in part, as the application records them. */
    private static final String MASKED =
            MemberViews.MASKED_DISCLOSURE.stream().map(PersonalField::column).collect(Collectors.joining(","));

    /** What an identity check reveals, one field per entry, as the application records a reveal. */
    private static final List<String> REVEALED = List.of("birth_date", "phone", "email", "name_kanji", "postal_code");

    /**
     * Seeds the chain; returns how many entries and how long it took. Runs on an empty trail. The entries are an
     * agent's calls, five entries each, as the application records them: the search result (masked), the member's
     * page (masked), its header (the masked name); then, in every fourth call, an identity check that reveals two
     * fields (one entry each, with its reason); in the other calls the page is opened again. Calls go round the
     * {@link #ACTORS} agents, each call on another member.
     */
    static long[] seed(MysqlDataSource db, int members) throws SQLException {
        long count = Long.getLong("bench.auditEntries", 10_000_000L);
        long start = System.nanoTime();
        Instant end = Instant.now().minus(ENDS_BEFORE_RUN).truncatedTo(ChronoUnit.MICROS);
        long spacingMicros = Math.max(1, SPAN.toNanos() / 1_000 / Math.max(1, count));
        long firstMicros = ChronoUnit.MICROS.between(Instant.EPOCH, end) - spacingMicros * count;
        String hash = HashChain.GENESIS;
        try (Connection c = db.getConnection();
                PreparedStatement entry = c.prepareStatement("INSERT INTO audit_entry (id, occurred_us, event_type,"
                        + " outcome, actor, actor_kind, client_address, member_id, fields, purpose, reason)"
                        + " VALUES (?, ?, 'PERSONAL_DATA_READ', 'SUCCESS', ?, 'STAFF', ?, ?, ?, ?, ?)");
                PreparedStatement link =
                        c.prepareStatement("INSERT INTO audit_chain (seq, entry_id, hash) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (long i = 1; i <= count; i++) {
                long micros = firstMicros + i * spacingMicros;
                Instant at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
                long call = (i - 1) / CALL;
                int step = (int) ((i - 1) % CALL);
                String actor = "agent" + (call % ACTORS);
                String address = "10.0." + (call % ACTORS) + ".1";
                long member = 1 + (call * 7919) % Math.max(1, members);
                boolean identityCheck = call % 4 == 0 && step >= 3;
                String purpose = step == 0 ? "SEARCH" : identityCheck ? "REVEAL" : "VIEW";
                String fields = identityCheck
                        ? REVEALED.get((int) ((call / 4 + step) % REVEALED.size()))
                        : step == 2 ? "name_kanji" : MASKED;
                String reason = identityCheck ? "IDENTITY_CHECK" : null;
                entry.setLong(1, i);
                entry.setLong(2, micros);
                entry.setString(3, actor);
                entry.setString(4, address);
                entry.setLong(5, member);
                entry.setString(6, fields);
                entry.setString(7, purpose);
                entry.setString(8, reason);
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
                                fields,
                                purpose,
                                reason,
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

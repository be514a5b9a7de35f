package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An incident's scope on the audit benchmark's trail (issue 14): the affected members of one staff account over its
 * last 30 days, computed by the application as the officer's page computes them, next to a raw-JDBC baseline of the
 * same work ({@link IncidentBenchServlet}). The trail is the one {@link AuditBenchmark#seed} writes — the same
 * 10 M entries when both run, seeded for this one otherwise — spread over 400 days, so 30 days of one of its 40 agents
 * are about 1/13 of that agent's entries, read through {@code ix_audit_actor (actor, occurred_us)}. Three rounds,
 * each the raw baseline then the application; afterwards the member rows of the last two computations are compared.
 */
final class IncidentBenchmark {

    static final String OFFICER = "bench-privacy";
    private static final String PASSWORD = "bench-privacy-password-2026";

    /** The account whose period is computed: one of the seeded agents. */
    static final String ACTOR = "agent7";

    static final Duration PERIOD = Duration.ofDays(30);
    private static final int ROUNDS = 3;

    /** One computation: wall time in the server and what it found. */
    record Run(double seconds, long entries, long members, long usableBalance, long scopeId) {}

    record Result(
            long trailEntries,
            Instant from,
            Instant to,
            List<Run> application,
            List<Run> raw,
            long appRows,
            long rawRows,
            long identicalRows,
            boolean sameCounts) {

        double bestApplication() {
            return application.stream().mapToDouble(Run::seconds).min().orElse(Double.NaN);
        }

        double bestRaw() {
            return raw.stream().mapToDouble(Run::seconds).min().orElse(Double.NaN);
        }
    }

    private IncidentBenchmark() {}

    static Result run(BenchServer server, MysqlDataSource db) throws Exception {
        BenchServer.createStaff(db, OFFICER, PASSWORD, "PRIVACY_OFFICER");
        long trail;
        Instant to;
        try (Connection c = db.getConnection();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM audit_entry");
                PreparedStatement last =
                        c.prepareStatement("SELECT MAX(occurred_us) FROM audit_entry WHERE actor = ?")) {
            try (ResultSet r = count.executeQuery()) {
                r.next();
                trail = r.getLong(1);
            }
            last.setString(1, ACTOR);
            try (ResultSet r = last.executeQuery()) {
                r.next();
                if (r.getObject(1) == null) {
                    throw new IllegalStateException("the trail holds no entry of " + ACTOR);
                }
                // the period ends just after the account's last entry (the bound is exclusive)
                to = Instant.EPOCH.plus(r.getLong(1) + 1, ChronoUnit.MICROS);
            }
        }
        Instant from = to.minus(PERIOD);
        String ref = server.post("bench/incident", credentials(Map.of("mode", "open")));
        Map<String, String> scope = Map.of("ref", ref, "actor", ACTOR, "from", from.toString(), "to", to.toString());
        List<Run> application = new ArrayList<>();
        List<Run> raw = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            raw.add(compute(server, "raw", scope));
            application.add(compute(server, "app", scope));
            System.out.printf(
                    Locale.ROOT,
                    "Incident round %d: raw %.3f s, application %.3f s%n",
                    round,
                    raw.get(raw.size() - 1).seconds(),
                    application.get(application.size() - 1).seconds());
        }
        long appScope = application.get(application.size() - 1).scopeId();
        long rawScope = raw.get(raw.size() - 1).scopeId();
        try (Connection c = db.getConnection()) {
            return new Result(
                    trail,
                    from,
                    to,
                    application,
                    raw,
                    rows(c, appScope),
                    rows(c, rawScope),
                    identical(c, appScope, rawScope),
                    itemCounts(c, appScope).equals(itemCounts(c, rawScope)));
        }
    }

    private static Run compute(BenchServer server, String mode, Map<String, String> scope) throws Exception {
        Map<String, String> form = new java.util.HashMap<>(scope);
        form.put("mode", mode);
        String[] f = server.post("bench/incident", credentials(form)).split(" ");
        return new Run(
                Long.parseLong(f[0]) / 1e9,
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Long.parseLong(f[4]),
                Long.parseLong(f[5]));
    }

    private static Map<String, String> credentials(Map<String, String> form) {
        Map<String, String> all = new java.util.HashMap<>(form);
        all.put("username", OFFICER);
        all.put("password", PASSWORD);
        return all;
    }

    private static long rows(Connection c, long scopeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM incident_member WHERE scope_id = ?")) {
            s.setLong(1, scopeId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Member rows of the two computations that agree on the member and on every item list. */
    private static long identical(Connection c, long appScope, long rawScope) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM incident_member a JOIN incident_member b"
                + " ON b.scope_id = ? AND b.member_id = a.member_id AND b.clear_items = a.clear_items"
                + " AND b.masked_items = a.masked_items AND b.encrypted_items = a.encrypted_items"
                + " WHERE a.scope_id = ?")) {
            s.setLong(1, rawScope);
            s.setLong(2, appScope);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String itemCounts(Connection c, long scopeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT item_counts FROM incident_scope WHERE id = ?")) {
            s.setLong(1, scopeId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    static String report(Result r) {
        Run app = r.application().get(r.application().size() - 1);
        Run raw = r.raw().get(r.raw().size() - 1);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n## Incident scope (one staff account, %d days, on a trail of %,d entries)%n%n",
                PERIOD.toDays(),
                r.trailEntries()));
        out.append("| (g) affected members of " + ACTOR + ", " + r.from() + " → " + r.to()
                + " | entries read | members | seconds, each run | best |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        out.append(String.format(
                Locale.ROOT,
                "| application: incident scope boundary → ScopeRunner → AffectedMembers (scope row, trail streamed on"
                        + " ix_audit_actor, worst exposure per member and item, member rows, usable balances,"
                        + " timeline + audit entry, commit) | %,d | %,d | %s | %.3f |%n",
                app.entries(),
                app.members(),
                each(r.application()),
                r.bestApplication()));
        out.append(String.format(
                Locale.ROOT,
                "| raw JDBC: same SELECT streamed, grouped per member in Java, same INSERTs of 500 rows, same balance"
                        + " count, scope row, commit | %,d | %,d | %s | %.3f |%n",
                raw.entries(),
                raw.members(),
                each(r.raw()),
                r.bestRaw()));
        out.append(String.format(
                Locale.ROOT,
                "| **ratio**, raw seconds / application seconds, best against best | | | | **%.2f** |%n",
                r.bestRaw() / r.bestApplication()));
        out.append(String.format(
                Locale.ROOT,
                "%nCheck: %,d of %,d member rows identical in both computations (raw %,d rows); per-item counts %s;"
                        + " members with a usable balance: %,d.%n",
                r.identicalRows(),
                r.appRows(),
                r.rawRows(),
                r.sameCounts() ? "identical" : "DIFFERENT",
                app.usableBalance()));
        return out.toString();
    }

    private static String each(List<Run> runs) {
        return runs.stream()
                .map(run -> String.format(Locale.ROOT, "%.3f", run.seconds()))
                .collect(Collectors.joining(" / "));
    }
}

package jp.member.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import jp.member.incidents.boundary.IncidentScopes;
import jp.member.incidents.boundary.Incidents;
import jp.member.incidents.boundary.ScopeView;
import jp.member.incidents.control.AffectedMembers;
import jp.member.incidents.rules.CauseCategory;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.IncidentKind;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import jp.member.incidents.rules.Malice;
import jp.member.incidents.rules.ScopeSpec;

/**
 * The affected members of one staff account over a period, inside the server, signed in as a privacy officer by the
 * application's own mechanism: opens an incident through {@link Incidents#open} and computes the scope through
 * {@link IncidentScopes#compute} — the boundary the officer's page calls, in its own container transaction as there
 * (scope row, {@code AffectedMembers} streaming the trail on {@code ix_audit_actor}, member rows, usable balances,
 * timeline step and audit entry, commit). The raw baseline does the same work on the same pool with plain JDBC and
 * nothing else; see {@link #raw}. Benchmark WAR only.
 *
 * <p>POST /bench/incident with username, password and {@code mode=open} (answers the incident's reference), or
 * {@code mode=app|raw&ref=…&actor=…&from=…&to=…} (answers {@code nanos entriesRead members exposedMembers
 * usableBalance scopeId}).
 */
@WebServlet("/bench/incident")
@ServletSecurity(@HttpConstraint)
public class IncidentBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final int INSERT_BATCH = 500;

    @Inject
    SecurityContext security;

    @Inject
    Incidents incidents;

    @Inject
    IncidentScopes scopes;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BenchSignIn.signIn(security, request, response)) {
            return;
        }
        response.setContentType("text/plain");
        String mode = request.getParameter("mode");
        if ("open".equals(mode)) {
            response.getWriter().println(open());
            return;
        }
        String ref = request.getParameter("ref");
        String actor = request.getParameter("actor");
        Instant from = Instant.parse(request.getParameter("from"));
        Instant to = Instant.parse(request.getParameter("to"));
        long[] figures;
        if ("raw".equals(mode)) {
            try {
                figures = raw(ref, actor, from, to);
            } catch (SQLException e) {
                throw new IOException("raw baseline failed", e);
            }
        } else {
            long start = System.nanoTime();
            ScopeView scope = scopes.compute(ref, ScopeSpec.staff(List.of(actor), from, to));
            figures = new long[] {
                System.nanoTime() - start,
                scope.entriesRead(),
                scope.members(),
                scope.exposedMembers(),
                scope.usableBalance(),
                scope.id()
            };
        }
        StringBuilder line = new StringBuilder();
        for (long f : figures) {
            line.append(line.length() == 0 ? "" : " ").append(f);
        }
        response.getWriter().println(line);
    }

    private String open() {
        Instant now = Instant.now();
        return incidents.open(new IncidentFacts(
                "ベンチマーク: 担当者アカウントの30日分",
                null,
                now.minus(1, ChronoUnit.MINUTES),
                "bench",
                IncidentKind.LEAK,
                true,
                CauseCategory.INSIDER,
                Malice.UNKNOWN,
                null,
                "",
                false,
                false,
                null,
                ResponseRating.UNKNOWN));
    }

    /**
     * The floor of the same work, in one JDBC transaction on the same pool: a scope row; the application's own SELECT
     * (same text, same parameters, streamed row by row) over the trail; per member, per item, the worst exposure, in
     * Java (a bit per item for "in clear" and for "masked"; the card number in clear for every read, the fields in
     * clear for a reveal or API read, masked for a search or page — as the application counts them, export downloads
     * left out: the seeded trail has none); the same multi-row INSERTs of 500 member rows, in the order the members
     * were first seen; the same usable-balance count; the counts written to the scope row; commit. No EJB, no JPA, no
     * timeline entry, no audit entry.
     */
    private long[] raw(String ref, String actor, Instant from, Instant to) throws SQLException {
        long start = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long scopeId = scopeRow(db, ref, actor);
            Map<String, Integer> index = new LinkedHashMap<>();
            // per member: [0] items seen in clear, [1] items seen masked (bit = item's index)
            Map<Long, long[]> seen = new LinkedHashMap<>();
            long entries = 0;
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT event_type, member_id, fields, purpose, subject_id FROM audit_entry"
                            + " WHERE actor = ? AND actor_kind = ? AND occurred_us >= ? AND occurred_us < ?"
                            + " AND outcome = 'SUCCESS' AND event_type IN ('PERSONAL_DATA_READ', 'EXPORT_DOWNLOADED')",
                    ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(Integer.MIN_VALUE);
                s.setString(1, actor);
                s.setString(2, "STAFF");
                s.setLong(3, ChronoUnit.MICROS.between(Instant.EPOCH, from));
                s.setLong(4, ChronoUnit.MICROS.between(Instant.EPOCH, to));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        entries++;
                        long member = r.getLong(2);
                        if (r.wasNull() || !"PERSONAL_DATA_READ".equals(r.getString(1))) {
                            continue;
                        }
                        String purpose = r.getString(4);
                        boolean clear = "REVEAL".equals(purpose) || "API_READ".equals(purpose);
                        if (!clear && !"SEARCH".equals(purpose) && !"VIEW".equals(purpose)) {
                            continue;
                        }
                        long[] bits = seen.computeIfAbsent(member, m -> new long[2]);
                        bits[0] |= bit(index, AffectedMembers.MEMBER_NUMBER);
                        String fields = r.getString(3);
                        if (fields != null && !fields.isEmpty()) {
                            for (String field : fields.split(",")) {
                                bits[clear ? 0 : 1] |= bit(index, field);
                            }
                        }
                    }
                }
            }
            List<String> items = new ArrayList<>(index.keySet());
            long[][] counts = new long[items.size()][2];
            List<Map.Entry<Long, long[]>> rows = new ArrayList<>(seen.entrySet());
            for (int first = 0; first < rows.size(); first += INSERT_BATCH) {
                List<Map.Entry<Long, long[]>> part = rows.subList(first, Math.min(rows.size(), first + INSERT_BATCH));
                StringBuilder sql = new StringBuilder("INSERT INTO incident_member"
                        + " (scope_id, member_id, clear_items, masked_items, encrypted_items) VALUES ");
                for (int i = 0; i < part.size(); i++) {
                    sql.append(i == 0 ? "(?,?,?,?,?)" : ",(?,?,?,?,?)");
                }
                try (PreparedStatement s = db.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (Map.Entry<Long, long[]> row : part) {
                        long clear = row.getValue()[0];
                        long masked = row.getValue()[1] & ~clear;
                        s.setLong(p++, scopeId);
                        s.setLong(p++, row.getKey());
                        s.setString(p++, names(items, clear, counts, 0));
                        s.setString(p++, names(items, masked, counts, 1));
                        s.setString(p++, "");
                    }
                    s.executeUpdate();
                }
            }
            long usable;
            try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM incident_member m"
                    + " JOIN point_account a ON a.member_id = m.member_id"
                    + " WHERE m.scope_id = ? AND a.balance > 0 AND FIND_IN_SET('" + AffectedMembers.MEMBER_NUMBER
                    + "', m.clear_items) > 0")) {
                s.setLong(1, scopeId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    usable = r.getLong(1);
                }
            }
            StringBuilder itemCounts = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                itemCounts
                        .append(i == 0 ? "" : ";")
                        .append(String.format(Locale.ROOT, "%s:%d:%d:0", items.get(i), counts[i][0], counts[i][1]));
            }
            // every member read in this scope had the card number in clear: all of them count as exposed
            try (PreparedStatement s = db.prepareStatement("UPDATE incident_scope SET members = ?, exposed_members = ?,"
                    + " usable_balance = ?, item_counts = ?, entries_read = ? WHERE id = ?")) {
                s.setLong(1, seen.size());
                s.setLong(2, seen.size());
                s.setLong(3, usable);
                s.setString(4, itemCounts.toString());
                s.setLong(5, entries);
                s.setLong(6, scopeId);
                s.executeUpdate();
            }
            db.commit();
            return new long[] {System.nanoTime() - start, entries, seen.size(), seen.size(), usable, scopeId};
        }
    }

    /** The raw computation's own scope row on the same incident, as the application writes one first. */
    private static long scopeRow(Connection db, String ref, String actor) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO incident_scope (incident_id, spec, computed_at, computed_by, members, exposed_members,"
                        + " usable_balance, item_counts, entries_read)"
                        + " SELECT id, ?, ?, 'bench-raw', 0, 0, 0, '', 0 FROM incident WHERE ref = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "STAFF actors=" + actor + " (raw JDBC baseline)");
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setString(3, ref);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long bit(Map<String, Integer> index, String item) {
        int i = index.computeIfAbsent(item, k -> index.size());
        if (i >= Long.SIZE) {
            throw new IllegalStateException("more items than the baseline's bit set holds");
        }
        return 1L << i;
    }

    /** The items whose bits are set, in the order they were first seen, counted per item for the scope row. */
    private static String names(List<String> items, long bits, long[][] counts, int exposure) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if ((bits & (1L << i)) != 0) {
                names.append(names.length() == 0 ? "" : ",").append(items.get(i));
                counts[i][exposure]++;
            }
        }
        return names.toString();
    }
}

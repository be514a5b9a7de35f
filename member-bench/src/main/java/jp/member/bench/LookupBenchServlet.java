package jp.member.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import jp.member.demo.SyntheticMembers;
import jp.member.members.boundary.MemberSearch;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.MemberViews;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.Member;
import jp.member.members.validation.PhoneNumber;
import jp.member.shared.RequestOrigin;

/**
 * Runs the agent lookup by phone inside the server, through the real service path — signed in as an agent by the
 * application's own mechanism, then {@link MemberSearch#byPhone} (blind index, open and compare candidates, mask,
 * access record, commit) — and, in the same run, a plain-JDBC indexed lookup on the same table and pool. Exists only
 * in the benchmark WAR, which is never deployed anywhere else.
 *
 * <p>POST /bench/lookup?threads=8&amp;lookups=4000&amp;mode=service|unaudited|raw|rawAudited with the bench agent's credentials as form
 * fields; answers one line: {@code count wallNanos p50 p95 p99} (milliseconds for the percentiles).
 */
@WebServlet("/bench/lookup")
@ServletSecurity(@HttpConstraint)
@ManagedExecutorDefinition(name = "java:app/concurrent/bench", maxAsync = 32)
public class LookupBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @Inject
    MemberSearch search;

    @Inject
    PersonalDataVault vault;

    @Inject
    MemberDirectory directory;

    @Inject
    UserTransaction transaction;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    RequestOrigin origin;

    @Resource(lookup = "java:app/concurrent/bench")
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BenchSignIn.signIn(security, request, response)) {
            return;
        }
        int threads = Integer.parseInt(request.getParameter("threads"));
        int lookups = Integer.parseInt(request.getParameter("lookups"));
        int members = Integer.parseInt(request.getParameter("members"));
        long seed = Long.parseLong(request.getParameter("seed"));
        String mode = request.getParameter("mode");
        SyntheticMembers generator = new SyntheticMembers(seed, LocalDate.parse(request.getParameter("reference")));
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(executor.submit(worker(lookups / threads, members, generator, mode)));
            }
            List<long[]> samples = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                samples.add(worker.get());
            }
            long wall = System.nanoTime() - start;
            long[] all =
                    samples.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            Latencies latencies = new Latencies(all);
            response.setContentType("text/plain");
            response.getWriter()
                    .printf(
                            java.util.Locale.ROOT,
                            "%d %d %.3f %.3f %.3f%n",
                            latencies.count(),
                            wall,
                            latencies.percentileMillis(50),
                            latencies.percentileMillis(95),
                            latencies.percentileMillis(99));
        } catch (Exception e) {
            throw new IOException("lookup benchmark failed", e);
        }
    }

    private Callable<long[]> worker(int count, int members, SyntheticMembers generator, String mode) {
        return () -> {
            // the application's paths run as in an agent's request: with a request context and its origin set, as
            // the web module's filter sets it (without one, the trail falls back to "system" through an exception)
            RequestContextController requestContext = requestContexts.get();
            long[] nanos = new long[count];
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < count; i++) {
                String phone = generator.member(random.nextInt(members)).phone();
                long t0 = System.nanoTime();
                int found =
                        switch (mode) {
                            case "raw" -> rawLookup(phone);
                            case "rawAudited" -> rawAuditedLookup(phone);
                            default ->
                                inRequest(
                                        requestContext,
                                        () -> mode.equals("unaudited")
                                                ? unaudited(phone)
                                                : search.byPhone(phone)
                                                        .members()
                                                        .size());
                        };
                nanos[i] = System.nanoTime() - t0;
                if (found == 0) {
                    throw new IllegalStateException("a generated member was not found");
                }
            }
            return nanos;
        };
    }

    private int inRequest(RequestContextController requestContext, Callable<Integer> lookup) throws Exception {
        requestContext.activate();
        try {
            origin.set("127.0.0.1");
            return lookup.call();
        } finally {
            requestContext.deactivate();
        }
    }

    /**
     * The service path's work without the audit trail: same transaction, same index lookup, same decryption and
     * masking of every candidate — only the search entry, the access entries and the attestation check are left out.
     * The difference to the service path is what auditing costs.
     */
    private int unaudited(String phone) throws Exception {
        transaction.begin();
        try {
            String normalized = PhoneNumber.normalize(phone).orElseThrow();
            List<Member> found = directory.byPhone(normalized);
            for (Member member : found) {
                MemberViews.masked(vault.open(member.getSealed(), member.getDataRef()));
            }
            return found.size();
        } finally {
            transaction.commit();
        }
    }

    /**
     * The same minimal work as an audited lookup, in plain JDBC (issue 16's fair baseline): the indexed read, the
     * search entry and one access entry per member found, each with its row in the chaining queue, one commit. No
     * decryption, masking, EJB or attestation check.
     */
    private int rawAuditedLookup(String phone) throws SQLException {
        Integer index = vault.phoneIndex(phone);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement read = c.prepareStatement("SELECT id, phone_enc FROM member WHERE bidx_phone = ?");
                    PreparedStatement entry = c.prepareStatement("INSERT INTO audit_entry (occurred_us, event_type,"
                            + " outcome, actor, actor_kind, client_address, member_id, target, fields, purpose)"
                            + " VALUES (?, ?, 'SUCCESS', 'bench-raw', 'STAFF', '127.0.0.1', ?, ?, ?, ?)");
                    PreparedStatement pending =
                            c.prepareStatement("INSERT INTO audit_pending (entry_id) VALUES (LAST_INSERT_ID())")) {
                read.setInt(1, index);
                List<Long> found = new ArrayList<>();
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
                long now = java.time.Instant.now().toEpochMilli() * 1000;
                write(entry, pending, now, "MEMBER_SEARCHED", null, "by:phone;matches:" + found.size(), null, null);
                for (long memberId : found) {
                    write(entry, pending, now, "PERSONAL_DATA_READ", memberId, null, "name_kanji,phone", "SEARCH");
                }
                c.commit();
                return found.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void write(
            PreparedStatement entry,
            PreparedStatement pending,
            long occurredUs,
            String type,
            Long memberId,
            String target,
            String fields,
            String purpose)
            throws SQLException {
        entry.setLong(1, occurredUs);
        entry.setString(2, type);
        entry.setObject(3, memberId);
        entry.setString(4, target);
        entry.setString(5, fields);
        entry.setString(6, purpose);
        entry.executeUpdate();
        pending.executeUpdate();
    }

    /** The physical floor: one indexed SELECT on the same blind index, no decryption, no record, no EJB. */
    private int rawLookup(String phone) throws SQLException {
        Integer index = vault.phoneIndex(phone);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, phone_enc FROM member WHERE bidx_phone = ?")) {
            ps.setInt(1, index);
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}

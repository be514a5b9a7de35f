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
import java.util.List;
import javax.sql.DataSource;
import jp.member.audit.chain.ChainVerifier;
import jp.member.audit.control.ChainCheck;

/**
 * Verifies the whole audit chain inside the server with the application's verifier (stream, recompute every hash,
 * check checkpoints, look for unchained entries) and, in the same run, streams the same rows with plain JDBC without
 * checking anything — the floor. Benchmark WAR only.
 *
 * <p>POST /bench/audit-verify; answers {@code verified nanos intact rawRows rawNanos}.
 */
@WebServlet("/bench/audit-verify")
@ServletSecurity(@HttpConstraint)
public class AuditBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @Inject
    ChainCheck check;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BenchSignIn.signIn(security, request, response)) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            ChainVerifier.Result result = check.verify(List.of());
            long verifyNanos = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            long rows = rawRead();
            long rawNanos = System.nanoTime() - t1;
            response.setContentType("text/plain");
            response.getWriter()
                    .printf("%d %d %s %d %d%n", result.verified(), verifyNanos, result.intact(), rows, rawNanos);
        } catch (SQLException e) {
            throw new IOException("raw read failed", e);
        }
    }

    private long rawRead() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT c.seq, c.entry_id, c.hash, e.id, e.occurred_us, e.event_type, e.outcome, e.actor,"
                                + " e.actor_kind, e.client_address, e.member_id, e.target, e.fields, e.purpose,"
                                + " e.reason, e.inquiry_number FROM audit_chain c LEFT JOIN audit_entry e"
                                + " ON e.id = c.entry_id ORDER BY c.seq",
                        ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                    rs.getString(8);
                    rows++;
                }
            }
            return rows;
        }
    }
}

package jp.member.web.shell;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether this instance can serve, for load balancers and orchestrators (HAProxy's health check, Kubernetes' probes):
 * {@code 200 ready} when the database answers within two seconds, {@code 503 not ready} otherwise. It says nothing
 * else — no version, no component, no reason (Micro's own {@code /health}, with its details, stays off: ASVS 13.4.5)
 * — and it creates no session. The sign-in page, which the checks used before, makes a 15-minute session on every
 * visit: HAProxy checking each instance every 2 s kept some 900 sessions of nobody in the data grid.
 */
@WebServlet(name = "Readiness", urlPatterns = "/ready")
public class ReadinessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int DATABASE_SECONDS = 2;

    @Resource(lookup = "jdbc/member")
    transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = databaseAnswers();
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(ready ? "ready\n" : "not ready\n");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_SECONDS);
        } catch (SQLException unreachable) {
            return false; // the balancer's check says so; the pool logs why
        }
    }
}

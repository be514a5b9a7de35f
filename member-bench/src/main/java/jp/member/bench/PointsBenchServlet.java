package jp.member.bench;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import jp.member.points.boundary.LiabilityReport;
import jp.member.points.boundary.LiabilityReports;
import jp.member.points.boundary.PointExpiry;

/**
 * Runs the application's own point jobs inside the server, signed in by the application's mechanism with the role
 * each needs: starts the expiry job as its timer does ({@link PointExpiry#startNow}, ADMIN; the driver watches the
 * database until no lot is due) and runs the liability report ({@link LiabilityReports#report}, MANAGER). Exists only
 * in the benchmark WAR.
 *
 * <p>POST /bench/points with username, password and {@code job=expiry} (answers at once) or
 * {@code job=liability&from=…&to=…} (answers {@code wallNanos closing}).
 */
@WebServlet("/bench/points")
@ServletSecurity(@HttpConstraint)
public class PointsBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @Inject
    PointExpiry expiry;

    @Inject
    LiabilityReports reports;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BenchSignIn.signIn(security, request, response)) {
            return;
        }
        long start = System.nanoTime();
        long figure;
        if ("expiry".equals(request.getParameter("job"))) {
            // the nightly path itself: a timer with no caller runs the job in the background
            expiry.startNow();
            figure = 0;
        } else {
            LiabilityReport report = reports.report(
                    LocalDate.parse(request.getParameter("from")), LocalDate.parse(request.getParameter("to")));
            figure = report.closing();
        }
        long wall = System.nanoTime() - start;
        response.setContentType("text/plain");
        response.getWriter().printf(Locale.ROOT, "%d %d%n", wall, figure);
    }
}

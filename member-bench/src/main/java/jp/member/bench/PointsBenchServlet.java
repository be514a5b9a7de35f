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
import jp.member.points.boundary.ClosingRun;
import jp.member.points.boundary.LedgerClosings;
import jp.member.points.boundary.LiabilityReport;
import jp.member.points.boundary.LiabilityReports;
import jp.member.points.boundary.PointExpiry;
import jp.member.points.control.LiabilityComputation;
import jp.member.points.control.Programme;
import jp.member.points.control.ProgrammeRules;
import jp.member.points.rules.LiabilityFigures;

/**
 * Runs the application's own point jobs inside the server, signed in by the application's mechanism with the role
 * each needs: starts the expiry job as its timer does ({@link PointExpiry#startNow}, ADMIN; the driver watches the
 * database until no lot is due), runs the closing job as its timer does ({@link LedgerClosings#closeNow}, ADMIN) and
 * the liability report ({@link LiabilityReports#report}, MANAGER), and times the full computation the report made
 * before the closings ({@link LiabilityComputation}), checking that both give the same report. Exists only in the
 * benchmark WAR.
 *
 * <p>POST /bench/points with username, password and {@code job=expiry} (answers at once), {@code job=close} (answers
 * {@code wallNanos entriesFolded}), {@code job=liability&from=…&to=…} (answers {@code wallNanos closing}) or {@code
 * job=liability-full&from=…&to=…} (answers {@code wallNanos closing same}, same 1 when the report equals it).
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

    @Inject
    LedgerClosings closings;

    @Inject
    LiabilityComputation computation;

    @Inject
    Programme programme;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BenchSignIn.signIn(security, request, response)) {
            return;
        }
        String job = request.getParameter("job");
        long start = System.nanoTime();
        String figures;
        if ("expiry".equals(job)) {
            // the nightly path itself: a timer with no caller runs the job in the background
            expiry.startNow();
            figures = "0";
        } else if ("close".equals(job)) {
            ClosingRun run = closings.closeNow();
            figures = Long.toString(run.entriesFolded());
        } else if ("liability-full".equals(job)) {
            LocalDate from = LocalDate.parse(request.getParameter("from"));
            LocalDate to = LocalDate.parse(request.getParameter("to"));
            LiabilityFigures computed = computation.figures(from, to);
            long wall = System.nanoTime() - start;
            ProgrammeRules rules = programme.rules();
            LiabilityReport full =
                    LiabilityReport.of(from, to, computed, rules.yenPerPoint(), rules.expectedRedemptionRate());
            boolean same = full.equals(reports.report(from, to));
            respond(response, wall + " " + full.closing() + " " + (same ? 1 : 0));
            return;
        } else {
            LiabilityReport report = reports.report(
                    LocalDate.parse(request.getParameter("from")), LocalDate.parse(request.getParameter("to")));
            figures = Long.toString(report.closing());
        }
        respond(response, (System.nanoTime() - start) + " " + figures);
    }

    private static void respond(HttpServletResponse response, String line) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().printf(Locale.ROOT, "%s%n", line);
    }
}

package jp.member.web.failure;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page every failure ends on, in Japanese and English: the container's error pages, the Faces exception handler
 * and the failure filter all come here; an Ajax request that failed is sent here by its partial response. It is a
 * plain servlet, not a Faces page, so that it renders whatever broke (Faces itself included), and it shows no stack
 * trace, class name, SQL or input — only the kind of failure and, for an unexpected one, the incident id that the
 * server log shares. For the API ({@code /api/...}) the same failure is a problem document.
 */
@WebServlet(name = "ErrorPage", urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "jp.member.web.i18n.messages";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Failure failure = failureOf(request);
        response.setStatus(failure.status());
        if (isApi(request)) {
            ApiProblems.write(response, failure);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        String ja = text(Locale.JAPANESE, failure);
        String en = text(Locale.ENGLISH, failure);
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>エラー / Error</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3rem\"><main><h1>エラー / Error</h1>"
                + "<p id=\"error-message\">" + ja + "</p><p lang=\"en\" id=\"error-message-en\">" + en + "</p>"
                + "<p><a id=\"back\" href=\"" + request.getContextPath() + "/\">ホームへ戻る / Home</a></p>"
                + "</main></body></html>");
    }

    /**
     * The failure this request is about: one the handler or filter already classified and logged, one the container
     * dispatched here (classified and logged now), or one named in the query of a plain visit.
     */
    private static Failure failureOf(HttpServletRequest request) {
        if (request.getAttribute(Failures.ATTRIBUTE) instanceof Failure handled) {
            return handled;
        }
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (exception == null && !(status instanceof Integer)) {
            return Failure.fromQuery(request.getParameter("kind"), request.getParameter("incident"));
        }
        Failure failure = exception != null ? Failure.of(exception) : Failure.ofStatus((Integer) status);
        FailureLog.record(failure, request, exception);
        return failure;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String o ? o : request.getRequestURI();
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    private static String text(Locale locale, Failure failure) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ErrorPageServlet.class.getClassLoader());
        String text = bundle.getString(failure.kind().messageKey());
        return failure.incident() == null ? text : text.replace("{0}", failure.incident());
    }
}

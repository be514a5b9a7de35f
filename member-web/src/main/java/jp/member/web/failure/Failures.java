package jp.member.web.failure;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a request that failed with an exception, the same way wherever it was caught (the Faces exception handler,
 * the failure filter): the failure is logged once ({@link FailureLog}), then a page request is forwarded to the error
 * page, an Ajax request gets a partial response that sends the browser there, an API request a problem document.
 */
public final class Failures {

    /** The request attribute that carries a failure already classified and logged to the error page. */
    static final String ATTRIBUTE = Failure.class.getName();

    private Failures() {}

    public static void respond(HttpServletRequest request, HttpServletResponse response, Throwable exception)
            throws IOException, ServletException {
        Failure failure = Failure.of(exception);
        FailureLog.record(failure, request, exception);
        answer(request, response, failure);
    }

    /**
     * Refuses a request with a 4xx status: logged as a refusal and answered here, not through the container's error
     * dispatch (which, for some requests, sent the error page without its Content-Type).
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException, ServletException {
        refuse(request, response, Failure.ofStatus(status));
    }

    /** Refuses a request for an expected reason, as {@link #refuse(HttpServletRequest, HttpServletResponse, int)}. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, Failure failure)
            throws IOException, ServletException {
        FailureLog.record(failure, request, null);
        answer(request, response, failure);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Failure failure)
            throws IOException, ServletException {
        if (response.isCommitted()) {
            return; // part of the answer is on its way: nothing else can be sent
        }
        response.resetBuffer();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiProblems.write(response, failure);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + request.getContextPath() + failure.errorPath().replace("&", "&amp;")
                            + "\"></redirect></partial-response>");
        } else {
            request.setAttribute(ATTRIBUTE, failure);
            request.getRequestDispatcher("/error").forward(request, response);
        }
    }
}

package jp.member.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Problem documents (RFC 9457) written straight to a servlet response, for the API's answers that do not come from
 * a resource: a refused credential, a rate limit, the container's own errors. Same shape as {@link Problem}.
 */
public final class ProblemDocuments {

    private ProblemDocuments() {}

    /** The problem type of a code: {@code urn:member:problem:card-blocked} for CARD_BLOCKED. */
    static String type(String code) {
        return "urn:member:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Writes the document; {@code code} and {@code title} are constants of the application, never input. */
    public static void write(HttpServletResponse response, int status, String code, String title) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"" + type(code) + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"code\":\"" + code + "\"}");
    }
}

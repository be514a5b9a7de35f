package jp.member.web.failure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.member.api.ProblemDocuments;

/** A failure of an API request as a problem document: a stable code for programs, a plain title, nothing else. */
final class ApiProblems {

    private ApiProblems() {}

    static void write(HttpServletResponse response, Failure failure) throws IOException {
        switch (failure.kind()) {
            case FORBIDDEN -> ProblemDocuments.write(response, 403, "FORBIDDEN", "Not allowed for this client");
            case NOT_FOUND -> ProblemDocuments.write(response, 404, "NOT_FOUND", "Not found");
            case INTERNAL ->
                ProblemDocuments.write(
                        response, 500, "INTERNAL_ERROR", "Internal error, incident " + failure.incident());
            default -> refused(response, failure.status());
        }
    }

    private static void refused(HttpServletResponse response, int status) throws IOException {
        switch (status) {
            case 405 -> ProblemDocuments.write(response, 405, "METHOD_NOT_ALLOWED", "Method not allowed");
            case 406 -> ProblemDocuments.write(response, 406, "NOT_ACCEPTABLE", "Not acceptable");
            case 413 -> ProblemDocuments.write(response, 413, "TOO_LARGE", "Request too large");
            case 414 -> ProblemDocuments.write(response, 414, "TOO_LARGE", "Request address too long");
            case 415 -> ProblemDocuments.write(response, 415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type");
            case 431 -> ProblemDocuments.write(response, 431, "TOO_LARGE", "Request headers too large");
            case 400 -> ProblemDocuments.write(response, 400, "BAD_REQUEST", "Bad request");
            default -> ProblemDocuments.write(response, status, "REFUSED", "Request refused");
        }
    }
}

package jp.member.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is stable and meant for programs; {@code title} is for people. For
 * invalid input, {@code violations} names each field and the rule it broke. Nothing in it ever contains personal
 * data.
 */
public record Problem(String type, String title, int status, String code, List<FieldProblem> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that broke a rule; {@code rule} is a stable message key such as {@code member.phone.invalid}. */
    public record FieldProblem(String field, String rule) {}

    /** 422: understood, but a business rule refused it (JAX-RS has no constant for it). */
    public static final Response.StatusType UNPROCESSABLE = status(422, "Unprocessable Content");

    public static final Response.StatusType TOO_MANY_REQUESTS = status(429, "Too Many Requests");

    public static Response response(Response.StatusType status, String code, String title) {
        return response(status, code, title, null);
    }

    public static Response response(
            Response.StatusType status, String code, String title, List<FieldProblem> violations) {
        Problem problem = new Problem(ProblemDocuments.type(code), title, status.getStatusCode(), code, violations);
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }

    /** Any status, also one JAX-RS has no constant for. */
    public static Response.StatusType status(int code, String reason) {
        Response.Status known = Response.Status.fromStatusCode(code);
        if (known != null) {
            return known;
        }
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }
}

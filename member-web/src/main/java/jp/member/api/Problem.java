package jp.member.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. {@code code} is stable and meant for programs; {@code title} is for people. Neither
 * ever contains personal data.
 */
public record Problem(String type, String title, int status, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String code, String title) {
        Problem problem = new Problem(
                "urn:member:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                title,
                status.getStatusCode(),
                code);
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}

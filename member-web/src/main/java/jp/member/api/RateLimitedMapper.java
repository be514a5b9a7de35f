package jp.member.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 429 with Retry-After, as a problem document (RATE_LIMITED). */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

    @Override
    public Response toResponse(RateLimitedException limited) {
        return Response.fromResponse(Problem.response(Problem.TOO_MANY_REQUESTS, "RATE_LIMITED", "Too many requests"))
                .header("Retry-After", limited.retryAfterSeconds())
                .build();
    }
}

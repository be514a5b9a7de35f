package jp.member.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.shared.Traces;
import jp.member.web.failure.AccessDenials;

/**
 * Any failure the resources did not turn into a problem themselves: the client gets a problem document with an
 * incident id and no internals; the server log gets the same id with the stack frames of the exception and its causes
 * (never a message, which could carry input).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Inject
    AccessDenials denials;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 403) {
            denials.record(request); // a resource's own role check (the business's are EJBAccessException)
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status =
                    Response.Status.fromStatusCode(web.getResponse().getStatus());
            return Problem.response(
                    status == null ? Response.Status.BAD_REQUEST : status,
                    status == null ? "BAD_REQUEST" : status.name(),
                    status == null ? "Bad request" : status.getReasonPhrase());
        }
        if (failure instanceof ProcessingException && unreadableJson(failure)) {
            return Problem.response(Response.Status.BAD_REQUEST, "VALIDATION", "The request body is not valid JSON");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, () -> "API failure " + incident + ": " + Traces.of(failure));
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal error, incident " + incident);
    }

    /** A body that is not JSON, or not of the shape the resource reads (a text where a number belongs, ...). */
    private static boolean unreadableJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}

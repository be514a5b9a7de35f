package jp.member.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.member.web.failure.AccessDenials;

/** A client calling what its role may not: 403, as a problem document, and recorded in the audit trail. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    AccessDenials denials;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException denied) {
        denials.record(request);
        return Problem.response(Response.Status.FORBIDDEN, "FORBIDDEN", "Not allowed for this client");
    }
}

package jp.member.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A client calling what its role may not: 403, as a problem document. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException denied) {
        return Problem.response(Response.Status.FORBIDDEN, "FORBIDDEN", "Not allowed for this client");
    }
}

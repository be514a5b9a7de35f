package jp.member.web.failure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.audit.boundary.AccessRefusals;
import jp.member.shared.Traces;
import jp.member.web.security.ClientAddress;

/**
 * Records a refused authorization in the audit trail (ASVS 16.3.2): who asked for which method and path (the path
 * without its query, numbers hidden), from where. Written on its own: the refusal rolls back whatever else the
 * request did.
 */
@ApplicationScoped
public class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());

    @Inject
    AccessRefusals refusals;

    @Inject
    ClientAddress addresses;

    public void record(HttpServletRequest request) {
        try {
            // the address explicitly: a refusal by a security constraint comes before the filter that sets it
            refusals.record(request.getMethod() + " " + FailureLog.path(request), addresses.of(request));
        } catch (RuntimeException e) {
            // the refusal itself stands; the failure to record it is logged to be looked into
            LOG.log(Level.WARNING, () -> "A refused access could not be recorded: " + Traces.of(e));
        }
    }

    /** The original request's path also on an error dispatch. */
    static String original(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String o ? o : request.getRequestURI();
    }
}

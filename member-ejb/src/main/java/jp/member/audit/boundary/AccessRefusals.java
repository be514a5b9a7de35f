package jp.member.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.Outcome;
import jp.member.audit.entity.AuditEventType;

/**
 * Records a refused authorization (ASVS 16.3.2): who asked for what, from where. Anyone may be refused, so anyone's
 * refusal is recorded; written on its own, because the refusal rolls back whatever else the request did.
 */
@Stateless
@PermitAll // anyone may be refused, signed in or not, and every refusal must be recorded: no role can be required
public class AccessRefusals {

    @Inject
    AuditTrail trail;

    /**
     * @param request the method and the path as it may be logged (no query, numbers hidden)
     * @param address the client address the request came from
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void record(String request, String address) {
        trail.recordOnItsOwn(AuditEvent.of(AuditEventType.ACCESS_DENIED)
                .target(request)
                .from(address)
                .outcome(Outcome.FAILURE));
    }
}

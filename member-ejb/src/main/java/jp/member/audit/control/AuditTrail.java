package jp.member.audit.control;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.security.Roles;
import jp.member.shared.OneLine;
import jp.member.shared.RequestOrigin;

/**
 * Writes audit entries in the transaction of the action they record ({@code MANDATORY}): the entry commits with the
 * action or not at all, so a committed action always has its entry and a rolled-back one never shows as done. The
 * entry is queued for the hash chain in the same transaction; {@link AuditChainer} links it shortly after.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    InquiryInProgress inquiries;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        String actor = event.actor;
        ActorKind kind = event.actorKind;
        if (actor == null) {
            Caller caller = caller();
            actor = caller.name();
            kind = caller.kind();
        }
        String inquiry = event.inquiryNumber;
        if (inquiry == null && kind == ActorKind.STAFF && aboutMembers(event)) {
            inquiry = inquiries.numberOf(actor);
        }
        // two plain statements on the transaction's connection: the entry, and its place in the chaining queue
        // (no JPA flush and no id read-back on the lookup path, where every search writes entries)
        em.createNativeQuery("INSERT INTO audit_entry (occurred_us, event_type, outcome, actor, actor_kind,"
                        + " client_address, member_id, target, fields, purpose, reason, inquiry_number)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, AuditEntry.micros(clock.instant()))
                .setParameter(2, event.type.name())
                .setParameter(3, event.outcome.name())
                .setParameter(4, OneLine.fit(actor, AuditEntry.ACTOR_MAX))
                .setParameter(5, kind.name())
                .setParameter(
                        6,
                        OneLine.fit(
                                event.clientAddress != null ? event.clientAddress : clientAddress(),
                                RequestOrigin.ADDRESS_MAX))
                .setParameter(7, event.memberId)
                .setParameter(8, OneLine.fit(event.target, AuditEntry.TARGET_MAX))
                .setParameter(9, OneLine.fit(event.fields, AuditEntry.FIELDS_MAX))
                .setParameter(10, event.purpose == null ? null : event.purpose.name())
                .setParameter(11, OneLine.fit(event.reason, AuditEntry.REASON_MAX))
                .setParameter(12, OneLine.fit(inquiry, AuditEntry.INQUIRY_MAX))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO audit_pending (entry_id) VALUES (LAST_INSERT_ID())")
                .executeUpdate();
    }

    /**
     * For work that runs outside a transaction and commits in many (a bulk import, a key rotation): the entry commits
     * on its own, after the work, with the outcome the work reports.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOnItsOwn(AuditEvent event) {
        record(event);
    }

    /** Entries an open inquiry justifies: every look at members (a search names none) and every change to one. */
    private static boolean aboutMembers(AuditEvent event) {
        return event.memberId != null || event.type == AuditEventType.MEMBER_SEARCHED;
    }

    private record Caller(String name, ActorKind kind) {}

    /**
     * The caller as the business layer sees it (the EJB's caller, also under run-as), else as the web request sees
     * it; nobody (a timer, start-up) is the system.
     */
    private Caller caller() {
        Principal principal;
        boolean client;
        try {
            EJBContext ejb = InitialContext.doLookup("java:comp/EJBContext");
            principal = ejb.getCallerPrincipal();
            client = Roles.CLIENTS.stream().anyMatch(ejb::isCallerInRole);
        } catch (NamingException | IllegalStateException notInAnEjbCall) {
            principal = security.getCallerPrincipal();
            client = principal != null && Roles.CLIENTS.stream().anyMatch(security::isCallerInRole);
        }
        if (principal == null || "ANONYMOUS".equals(principal.getName())) {
            return new Caller("system", ActorKind.SYSTEM);
        }
        return new Caller(principal.getName(), client ? ActorKind.CLIENT : ActorKind.STAFF);
    }

    private String clientAddress() {
        try {
            return origin.clientAddress();
        } catch (ContextNotActiveException noRequest) {
            return "system";
        }
    }
}

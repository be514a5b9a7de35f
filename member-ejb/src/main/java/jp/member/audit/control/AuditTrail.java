package jp.member.audit.control;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    private static final int COLUMNS = 12;

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
        recordAll(List.of(event));
    }

    /**
     * Several entries of one action (a search and the access to each member it shows) in two statements: one
     * multi-row insert of the entries and one of their places in the chaining queue (issue 16: a search wrote two
     * statements and looked up its caller and the open inquiry once per entry; the open inquiry's number is now read by
     * the insert itself).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Caller caller = null;
        long occurredUs = AuditEntry.micros(clock.instant());
        String callerAddress = null;
        StringBuilder sql = new StringBuilder("INSERT INTO audit_entry (occurred_us, event_type, outcome, actor,"
                + " actor_kind, client_address, member_id, target, fields, purpose, reason, inquiry_number) VALUES ");
        List<Object> values = new ArrayList<>(events.size() * COLUMNS);
        for (AuditEvent event : events) {
            String actor = event.actor;
            ActorKind kind = event.actorKind;
            if (actor == null) {
                caller = caller == null ? caller() : caller;
                actor = caller.name();
                kind = caller.kind();
            }
            String address = event.clientAddress;
            if (address == null) {
                callerAddress = callerAddress == null ? clientAddress() : callerAddress;
                address = callerAddress;
            }
            // an entry about members made by staff during an inquiry carries its number, read by the insert itself
            boolean openInquiry = event.inquiryNumber == null && kind == ActorKind.STAFF && aboutMembers(event);
            sql.append(values.isEmpty() ? "" : ", ").append(placeholders(values.size(), openInquiry));
            values.add(occurredUs);
            values.add(event.type.name());
            values.add(event.outcome.name());
            values.add(OneLine.fit(actor, AuditEntry.ACTOR_MAX));
            values.add(kind.name());
            values.add(OneLine.fit(address, RequestOrigin.ADDRESS_MAX));
            values.add(event.memberId);
            values.add(OneLine.fit(event.target, AuditEntry.TARGET_MAX));
            values.add(OneLine.fit(event.fields, AuditEntry.FIELDS_MAX));
            values.add(event.purpose == null ? null : event.purpose.name());
            values.add(OneLine.fit(event.reason, AuditEntry.REASON_MAX));
            values.add(openInquiry ? actor : OneLine.fit(event.inquiryNumber, AuditEntry.INQUIRY_MAX));
        }
        Query entries = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            entries.setParameter(i + 1, values.get(i));
        }
        entries.executeUpdate();
        // a multi-row INSERT of known size is a "simple insert": InnoDB gives its rows successive ids from
        // LAST_INSERT_ID() in every auto-increment lock mode (decision 0016), each auto_increment_increment after the
        // last — 1 on a single server, the number of nodes on a Galera cluster that spreads ids over its nodes
        StringBuilder queue = new StringBuilder("INSERT INTO audit_pending (entry_id) VALUES (LAST_INSERT_ID())");
        for (int i = 1; i < events.size(); i++) {
            queue.append(", (LAST_INSERT_ID() + ").append(i).append(" * @@SESSION.auto_increment_increment)");
        }
        em.createNativeQuery(queue.toString()).executeUpdate();
    }

    /** One row's markers; the last one names the actor whose open inquiry's number is read, when asked. */
    private String placeholders(int first, boolean openInquiry) {
        StringBuilder tuple = new StringBuilder("(");
        for (int i = 1; i <= COLUMNS; i++) {
            String marker = "?" + (first + i);
            tuple.append(i == 1 ? "" : ", ")
                    .append(i == COLUMNS && openInquiry ? inquiries.numberQuery(marker) : marker);
        }
        return tuple.append(')').toString();
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

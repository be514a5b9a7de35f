package jp.member.incidents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.incidents.boundary.ProcedureView.Contact;
import jp.member.incidents.boundary.ProcedureView.Organisation;
import jp.member.incidents.control.ProcedureJson;
import jp.member.incidents.entity.ResponseProcedureVersion;
import jp.member.incidents.rules.CauseCategory;
import jp.member.security.Roles;
import jp.member.shared.InvalidInputException;
import jp.member.shared.NotFoundException;
import jp.member.shared.Violation;

/**
 * The leak-response procedure, decided before anything happens (PPC guideline 10-3(4)): kept by the privacy officer,
 * versioned — a change is a new version, recorded in the audit trail, and every incident names the version in force
 * when it was opened. Managers read the contacts (their start page shows them); the auditor reads everything.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class ResponseProcedures {

    public static final int CHANGE_NOTE_MAX = ResponseProcedureVersion.CHANGE_NOTE_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The procedure in force. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR, Roles.MANAGER})
    public ProcedureView current() {
        return view(latest());
    }

    /** One earlier version, as it was. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public ProcedureView version(int version) {
        ResponseProcedureVersion found = em.find(ResponseProcedureVersion.class, version);
        if (found == null) {
            throw new NotFoundException("procedure.notFound");
        }
        return view(found);
    }

    /** Every version, newest first: number, when, by whom, why (the content only through {@link #version}). */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public List<ProcedureView> history() {
        return em.createQuery(
                        "SELECT p FROM ResponseProcedureVersion p ORDER BY p.version DESC",
                        ResponseProcedureVersion.class)
                .getResultStream()
                .map(ResponseProcedures::view)
                .toList();
    }

    /**
     * Saves the procedure as a new version with the reason for the change; returns its number. Two officers saving
     * at once: the head row is locked, so versions never collide.
     */
    public int save(
            List<Contact> contacts,
            Organisation organisation,
            Map<CauseCategory, List<String>> checklists,
            String changeNote) {
        List<Violation> violations = ProcedureView.violations(contacts, organisation, checklists);
        String note = changeNote == null ? "" : changeNote.strip();
        if (note.isEmpty() || note.length() > CHANGE_NOTE_MAX) {
            violations = new java.util.ArrayList<>(violations);
            violations.add(new Violation("changeNote", "procedure.changeNote.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ResponseProcedureVersion head = latest();
        em.lock(head, LockModeType.PESSIMISTIC_WRITE);
        int next = head.getVersion() + 1;
        String by = context.getCallerPrincipal().getName();
        em.persist(new ResponseProcedureVersion(
                next, clock.instant(), by, note, ProcedureJson.write(contacts, organisation, checklists)));
        audit.record(AuditEvent.of(AuditEventType.RESPONSE_PROCEDURE_CHANGED)
                .target("procedure:" + next)
                .reason(note));
        return next;
    }

    ResponseProcedureVersion latest() {
        return em.createQuery(
                        "SELECT p FROM ResponseProcedureVersion p ORDER BY p.version DESC",
                        ResponseProcedureVersion.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    static ProcedureView view(ResponseProcedureVersion v) {
        return ProcedureJson.read(
                v.getVersion(), v.getCreatedAt(), v.getCreatedBy(), v.getChangeNote(), v.getContent());
    }
}

package jp.member.exports.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.exports.control.ExportApproved;
import jp.member.exports.control.ExportLockdown;
import jp.member.exports.entity.ExportRequest;
import jp.member.exports.entity.ExportStatus;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * The second manager's decision. The two-person rule is enforced here and in the request itself, never only in the
 * page: the requester can never approve or reject their own request, and a request past its deadline can no longer
 * be decided. A rejection needs a comment. Generation starts once the approval has committed.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class ExportApprovals {

    /** The longest comment on a decision (for the form as well). */
    public static final int COMMENT_MAX = ExportRequest.DECISION_COMMENT_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExportLockdown lockdown;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ExportApproved> approved;

    @Inject
    Outbox outbox;

    @Resource
    SessionContext context;

    /** Every request waiting for a decision, oldest first; the caller's own are marked and cannot be decided. */
    public List<ExportSummary> pending() {
        String caller = context.getCallerPrincipal().getName();
        return em.createQuery(
                        "SELECT e FROM ExportRequest e WHERE e.status = :pending ORDER BY e.id", ExportRequest.class)
                .setParameter("pending", ExportStatus.PENDING)
                .getResultStream()
                .filter(e -> !e.isOverdue(clock.instant()))
                .map(e -> ExportSummary.of(e, caller))
                .toList();
    }

    public void approve(String ref, String comment) {
        lockdown.requireOff();
        ExportRequest export = decide(ref, true, comment);
        audit.record(AuditEvent.of(AuditEventType.EXPORT_APPROVED)
                .subject(AuditSubject.EXPORT, export.getId(), "requested-by:" + export.getRequestedBy())
                .reason(export.getDecisionComment()));
        approved.fire(new ExportApproved(export.getId()));
        outbox.subject(
                EventType.EXPORT_APPROVED, export.getId(), export.getCategory().name());
    }

    public void reject(String ref, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("export.reject.commentRequired");
        }
        ExportRequest export = decide(ref, false, comment);
        audit.record(AuditEvent.of(AuditEventType.EXPORT_REJECTED)
                .subject(AuditSubject.EXPORT, export.getId(), "requested-by:" + export.getRequestedBy())
                .reason(export.getDecisionComment()));
    }

    private ExportRequest decide(String ref, boolean approve, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new BusinessException("export.comment.tooLong", COMMENT_MAX);
        }
        ExportRequest export = ExportRequests.byRef(em, ref);
        em.refresh(export, LockModeType.PESSIMISTIC_WRITE);
        export.decide(approve, context.getCallerPrincipal().getName(), text, clock.instant());
        return export;
    }
}

package jp.member.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.monitoring.entity.Alert;
import jp.member.security.Roles;
import jp.member.shared.NotFoundException;

/**
 * For managers: the open alerts, recent decided ones, the evidence of one (the trail entries, ids and field names
 * only), and the decision — acknowledge (looked at, nothing wrong) or escalate (to be investigated) — with a comment.
 * Every decision is recorded in the trail.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class AlertDesk {

    /** The longest comment on a decision (for the form). */
    public static final int COMMENT_MAX = Alert.COMMENT_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Open alerts, newest first (the privacy officer opens an incident from one). */
    @RolesAllowed({Roles.MANAGER, Roles.PRIVACY_OFFICER})
    public List<AlertView> open() {
        return em.createQuery("SELECT a FROM Alert a WHERE a.status = :open ORDER BY a.id DESC", Alert.class)
                .setParameter("open", Alert.Status.OPEN)
                .setMaxResults(200)
                .getResultStream()
                .map(AlertView::of)
                .toList();
    }

    /** The latest 100 alerts of any status, newest first. */
    @RolesAllowed({Roles.MANAGER, Roles.PRIVACY_OFFICER})
    public List<AlertView> recent() {
        return em.createQuery("SELECT a FROM Alert a ORDER BY a.id DESC", Alert.class)
                .setMaxResults(100)
                .getResultStream()
                .map(AlertView::of)
                .toList();
    }

    /** The entries that made the rule fire: when, what, which member (by number), purpose. */
    public List<Evidence> evidence(long alertId) {
        List<Long> ids = find(alertId, LockModeType.NONE).getEvidence();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("SELECT e.id, e.occurred_us, e.event_type, e.purpose, m.member_number,"
                        + " e.client_address, e.target FROM audit_entry e LEFT JOIN member m ON m.id = e.member_id"
                        + " WHERE e.id IN (SELECT entry_id FROM alert_evidence WHERE alert_id = ?1) ORDER BY e.id")
                .setParameter(1, alertId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Evidence(
                        ((Number) r[0]).longValue(),
                        jp.member.audit.entity.AuditEntry.instant(((Number) r[1]).longValue()),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
    }

    /** One trail entry behind an alert. */
    public record Evidence(
            long entryId,
            java.time.Instant at,
            String type,
            String purpose,
            String memberNumber,
            String clientAddress,
            String target)
            implements Serializable {}

    public void acknowledge(long alertId, String comment) {
        decide(alertId, Alert.Status.ACKNOWLEDGED, comment, AuditEventType.ALERT_ACKNOWLEDGED);
    }

    public void escalate(long alertId, String comment) {
        decide(alertId, Alert.Status.ESCALATED, comment, AuditEventType.ALERT_ESCALATED);
    }

    private void decide(long alertId, Alert.Status decision, String comment, AuditEventType type) {
        Alert alert = find(alertId, LockModeType.PESSIMISTIC_WRITE);
        alert.handle(decision, context.getCallerPrincipal().getName(), comment, clock.instant());
        audit.record(AuditEvent.of(type)
                .subject(AuditSubject.ALERT, alertId, "staff:" + alert.getActor())
                .reason(comment));
    }

    private Alert find(long id, LockModeType lock) {
        Alert alert = em.find(Alert.class, id, lock);
        if (alert == null) {
            throw new NotFoundException("alert.notFound");
        }
        return alert;
    }
}

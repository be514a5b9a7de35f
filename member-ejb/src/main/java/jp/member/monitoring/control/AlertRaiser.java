package jp.member.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.monitoring.entity.Alert;
import jp.member.staff.entity.StaffAccount;

/**
 * Raises an alert in the caller's transaction, records it in the trail, and — when the rule says so — suspends the
 * account at once (its live sessions end at their next request).
 */
@ApplicationScoped
public class AlertRaiser {

    private static final Logger LOG = Logger.getLogger(AlertRaiser.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Alert raise(String ruleCode, String actor, long count, List<Long> evidence, boolean suspend) {
        Instant now = clock.instant();
        boolean suspended = false;
        if (suspend) {
            StaffAccount account = em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                    .setParameter("username", actor)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (account != null && account.isEnabled()) {
                account.disable();
                suspended = true;
                audit.record(AuditEvent.of(AuditEventType.STAFF_CHANGED)
                        .by("system", ActorKind.SYSTEM)
                        .target("staff:" + actor + ";suspended by alert " + ruleCode));
            }
        }
        Alert alert = new Alert(ruleCode, actor, now, count, evidence, suspended);
        em.persist(alert);
        em.flush();
        audit.record(AuditEvent.of(AuditEventType.ALERT_RAISED)
                .by("system", ActorKind.SYSTEM)
                .target("alert:" + alert.getId() + ";rule:" + ruleCode + ";staff:" + actor + ";count:" + count));
        LOG.warning(() -> "Alert " + alert.getId() + ": " + ruleCode + " for staff account " + actor + " (" + count
                + ")" + (alert.isSuspended() ? ", account suspended" : ""));
        return alert;
    }

    /** Whether an alert of this rule for this account was raised since {@code since} (one alert per window). */
    public boolean raisedSince(String ruleCode, String actor, Instant since) {
        return !em.createQuery(
                        "SELECT a.id FROM Alert a WHERE a.ruleCode = :rule AND a.actor = :actor AND a.raisedAt >= :since",
                        Long.class)
                .setParameter("rule", ruleCode)
                .setParameter("actor", actor)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}

package jp.member.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.control.ChainBroken;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.monitoring.entity.Alert;
import jp.member.staff.entity.ApiClient;
import jp.member.staff.entity.StaffAccount;

/**
 * Raises an alert in the caller's transaction, records it in the trail, and — when the rule says so — suspends the
 * staff account (its live sessions end at their next request) or disables the API client at once.
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

    @Inject
    Outbox outbox;

    /**
     * An alert about a staff account, an API client or (its own findings) the system; with {@code suspend}, the account is disabled (its sessions
     * end at their next request) or the client is (its next call is refused), unless it already is.
     */
    public Alert raise(
            String ruleCode, String actor, ActorKind kind, long count, List<Long> evidence, boolean suspend) {
        Instant now = clock.instant();
        boolean suspended =
                suspend && (kind == ActorKind.CLIENT ? disableClient(actor, ruleCode) : disableStaff(actor, ruleCode));
        Alert alert = new Alert(ruleCode, actor, kind, now, count, evidence, suspended);
        em.persist(alert);
        em.flush();
        String who = (kind == ActorKind.CLIENT ? "client:" : "staff:") + actor;
        // the alert's own id and rule only: who it is about stays with the managers' alert desk
        outbox.subject(EventType.ALERT_RAISED, alert.getId(), ruleCode);
        audit.record(AuditEvent.of(AuditEventType.ALERT_RAISED)
                .by("system", ActorKind.SYSTEM)
                .subject(AuditSubject.ALERT, alert.getId(), "rule:" + ruleCode + ";" + who + ";count:" + count));
        LOG.warning(() -> "Alert " + alert.getId() + ": " + ruleCode + " for "
                + (kind == ActorKind.CLIENT ? "API client " : "staff account ") + actor + " (" + count + ")"
                + (alert.isSuspended()
                        ? (kind == ActorKind.CLIENT ? ", client disabled" : ", account suspended")
                        : ""));
        return alert;
    }

    /** The audit chain does not verify: an alert for the system (in the verification's transaction). */
    void chainBroken(@Observes ChainBroken broken) {
        raise(Alert.CHAIN_BROKEN, "system", ActorKind.SYSTEM, broken.brokenAt(), List.of(), false);
    }

    /**
     * Raises the alert unless one of this rule for this actor was raised since {@code since}. For events outside any
     * transaction (a refused sign-in), the caller goes through {@link jp.member.shared.boundary.InNewTransaction}: a
     * transaction begun here would not take in the connections (decision 0020).
     */
    @Transactional
    public void raiseOnce(String ruleCode, String actor, ActorKind kind, Instant since, List<Long> evidence) {
        if (!raisedSince(ruleCode, actor, kind, since)) {
            raise(ruleCode, actor, kind, 1, evidence, false);
        }
    }

    private boolean disableStaff(String username, String ruleCode) {
        StaffAccount account = em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null || !account.isEnabled()) {
            return false;
        }
        account.disable();
        audit.record(AuditEvent.of(AuditEventType.STAFF_CHANGED)
                .by("system", ActorKind.SYSTEM)
                .target("staff:" + username + ";suspended by alert " + ruleCode));
        return true;
    }

    private boolean disableClient(String clientId, String ruleCode) {
        ApiClient client = em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (client == null || !client.isEnabled()) {
            return false;
        }
        client.disable();
        audit.record(AuditEvent.of(AuditEventType.API_CLIENT_CHANGED)
                .by("system", ActorKind.SYSTEM)
                .target("client:" + clientId + ";disabled by alert " + ruleCode));
        return true;
    }

    /** Whether an alert of this rule for this account or client was raised since {@code since} (one per window). */
    public boolean raisedSince(String ruleCode, String actor, ActorKind kind, Instant since) {
        return !em.createQuery(
                        "SELECT a.id FROM Alert a WHERE a.ruleCode = :rule AND a.actor = :actor"
                                + " AND a.actorKind = :kind AND a.raisedAt >= :since",
                        Long.class)
                .setParameter("rule", ruleCode)
                .setParameter("actor", actor)
                .setParameter("kind", kind.name())
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}

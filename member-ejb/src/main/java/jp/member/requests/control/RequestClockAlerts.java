package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.monitoring.control.AlertRaiser;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.RequestClock;
import jp.member.shared.BusinessTime;

/**
 * Raises an alert when a request's reply is due within the warning days, and another once it is overdue: once per
 * request and state, the request row locked while checking so that two servers never raise it twice. The alerts join
 * the monitoring list with the request's number as the actor.
 */
@ApplicationScoped
public class RequestClockAlerts {

    public static final String DUE_SOON = "REQUEST_DUE_SOON";
    public static final String OVERDUE = "REQUEST_OVERDUE";

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestViews views;

    @Inject
    AlertRaiser alerts;

    @Inject
    BusinessTime time;

    /** Checks every request not yet closed; returns how many alerts were raised. */
    @Transactional
    public int check() {
        List<MemberRequest> open = em.createQuery(
                        "SELECT r FROM MemberRequest r WHERE r.status <> :closed", MemberRequest.class)
                .setParameter("closed", MemberRequest.Status.CLOSED)
                .getResultList();
        RequestClock.Settings settings = views.clockSettings();
        int raised = 0;
        for (MemberRequest request : open) {
            RequestClock.State state = RequestClock.state(time.today(), request.getDueOn(), false, settings);
            String rule = state == RequestClock.State.OVERDUE
                    ? OVERDUE
                    : state == RequestClock.State.DUE_SOON ? DUE_SOON : null;
            if (rule == null) {
                continue;
            }
            em.lock(request, LockModeType.PESSIMISTIC_WRITE);
            if (!alerts.raisedSince(rule, request.getRef(), ActorKind.SYSTEM, Instant.EPOCH)) {
                alerts.raise(
                        rule,
                        request.getRef(),
                        ActorKind.SYSTEM,
                        Math.abs(RequestClock.daysLeft(time.today(), request.getDueOn())),
                        List.of(),
                        false);
                raised++;
            }
        }
        return raised;
    }
}

package jp.member.incidents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.incidents.boundary.IncidentSummary;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.rules.IncidentClock;
import jp.member.incidents.rules.IncidentClock.ClockState;
import jp.member.monitoring.control.AlertRaiser;

/**
 * Raises an alert when a report to the PPC is due within the configured days, and another when it is overdue: once
 * per incident, report and state. The incident row is locked while checking, so two servers never raise it twice.
 */
@ApplicationScoped
public class ClockAlerts {

    public static final String PRELIMINARY_DUE = "INCIDENT_PRELIMINARY_DUE";
    public static final String PRELIMINARY_OVERDUE = "INCIDENT_PRELIMINARY_OVERDUE";
    public static final String FINAL_DUE = "INCIDENT_FINAL_DUE";
    public static final String FINAL_OVERDUE = "INCIDENT_FINAL_OVERDUE";

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentViews views;

    @Inject
    AlertRaiser alerts;

    @Inject
    jp.member.shared.BusinessTime time;

    /** Checks every open incident; returns how many alerts were raised. */
    @Transactional
    public int check() {
        List<Incident> open = em.createQuery("SELECT i FROM Incident i WHERE i.status = :open", Incident.class)
                .setParameter("open", Incident.Status.OPEN)
                .getResultList();
        int raised = 0;
        for (Incident incident : open) {
            em.lock(incident, LockModeType.PESSIMISTIC_WRITE);
            IncidentSummary summary = views.summary(incident);
            raised += raise(
                    incident,
                    summary.preliminary(),
                    summary.deadlines().preliminaryDueOn(),
                    PRELIMINARY_DUE,
                    PRELIMINARY_OVERDUE);
            raised +=
                    raise(incident, summary.finalReport(), summary.deadlines().finalDueOn(), FINAL_DUE, FINAL_OVERDUE);
        }
        return raised;
    }

    private int raise(Incident incident, ClockState state, java.time.LocalDate dueOn, String due, String overdue) {
        String rule = state == ClockState.OVERDUE ? overdue : state == ClockState.DUE_SOON ? due : null;
        if (rule == null || alerts.raisedSince(rule, incident.getRef(), ActorKind.SYSTEM, Instant.EPOCH)) {
            return 0;
        }
        alerts.raise(
                rule,
                incident.getRef(),
                ActorKind.SYSTEM,
                Math.abs(IncidentClock.daysLeft(time.today(), dueOn)),
                List.of(),
                false);
        return 1;
    }
}

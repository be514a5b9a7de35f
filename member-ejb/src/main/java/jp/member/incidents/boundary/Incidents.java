package jp.member.incidents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.member.audit.entity.AuditEventType;
import jp.member.incidents.control.IncidentAssessment;
import jp.member.incidents.control.IncidentRecords;
import jp.member.incidents.control.IncidentViews;
import jp.member.incidents.control.ScopeRunner;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.JnsaModel;
import jp.member.incidents.rules.ScopeSpec;
import jp.member.monitoring.control.AlertSource;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The register of leak incidents (漏えい等事案). The privacy officer opens one by hand or from an access alert (the
 * alert's account or client and period become the first scope), records what is known, confirms or overrides the
 * evaluation of whether it must be reported, and closes it once the final report, the notices and the recurrence
 * measures are recorded. The auditor reads everything and changes nothing; managers see the open incidents' clocks
 * on their start page.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class Incidents {

    public static final int TITLE_MAX = Incident.TITLE_MAX;
    public static final int KNOWN_BY_MAX = Incident.KNOWN_BY_MAX;
    public static final int PROCESSOR_MAX = Incident.PROCESSOR_MAX;
    public static final int SUMMARY_MAX = Incident.SUMMARY_MAX;
    public static final int REASON_MAX = Incident.REASON_MAX;
    public static final int EVIDENCE_MAX = Incident.EVIDENCE_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentRecords records;

    @Inject
    IncidentViews views;

    @Inject
    ScopeRunner scopes;

    @Inject
    IncidentAssessment assessment;

    @Inject
    AlertSource alerts;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /** Opens an incident under the procedure in force; returns its reference ({@code INC-yyyy-nnnn}). */
    public String open(IncidentFacts facts) {
        return create(facts, null).getRef();
    }

    /**
     * Opens an incident from an access alert: the alert is named on it and its account (or API client), over the
     * period from its first evidence to when it was raised, becomes the first computed scope.
     */
    public String openFromAlert(long alertId, IncidentFacts facts) {
        AlertSource.AlertScope alert = alerts.scopeOf(alertId);
        Incident incident = create(facts, alertId);
        ScopeSpec spec = alert.client()
                ? ScopeSpec.apiClient(List.of(alert.actor()), alert.from(), alert.to())
                : ScopeSpec.staff(List.of(alert.actor()), alert.from(), alert.to());
        if (alert.actor() != null && !"system".equals(alert.actor())) {
            scopes.run(incident, spec, caller());
        }
        return incident.getRef();
    }

    /** Every incident, open ones first, newest first. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public List<IncidentSummary> list() {
        return em.createQuery("SELECT i FROM Incident i ORDER BY i.status DESC, i.knownAt DESC", Incident.class)
                .getResultStream()
                .map(views::summary)
                .toList();
    }

    /** The open incidents with their clocks, for the start pages of the officer, the managers and the auditor. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR, Roles.MANAGER})
    public List<IncidentSummary> active() {
        return em.createQuery("SELECT i FROM Incident i WHERE i.status = :open ORDER BY i.knownAt", Incident.class)
                .setParameter("open", Incident.Status.OPEN)
                .getResultStream()
                .map(views::summary)
                .toList();
    }

    /**
     * The JNSA model's expected damages if the whole member base leaked (every member not yet anonymised, with every
     * personal item and the points history): the figure that justifies the protection. The model's estimate of
     * compensation only — not response costs or fines.
     */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public BaseExposure baseExposure() {
        long members = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member WHERE status <> 'ANONYMISED'")
                        .getSingleResult())
                .longValue();
        long perMember = assessment.model().perMember(BaseExposure.ITEMS, JnsaModel.ResponseRating.UNKNOWN);
        return new BaseExposure(members, perMember, Math.multiplyExact(members, perMember));
    }

    /** One incident with everything its page shows. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public IncidentView get(String ref) {
        return views.view(records.byRef(ref));
    }

    /** Records what is now known (a later known-at moves the clocks: the officer says why in the summary). */
    public void describe(String ref, IncidentFacts facts) {
        validate(facts);
        Incident incident = records.byRef(ref);
        incident.describe(facts);
        records.step(incident, caller(), TimelineEntry.Kind.DESCRIBED, AuditEventType.INCIDENT_CHANGED, null);
    }

    /**
     * Confirms the evaluation ({@code reportable} null) or overrides it, with the reason — both stay on the record.
     */
    public void decideReportable(String ref, Boolean reportable, String reason) {
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new InvalidInputException(List.of(new Violation("reason", "incident.override.reasonRequired")));
        }
        Incident incident = records.byRef(ref);
        incident.decideReportable(reportable, reason);
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.ASSESSED,
                AuditEventType.INCIDENT_CHANGED,
                reportable == null ? "confirmed" : (reportable ? "reportable: " : "not reportable: ") + reason);
    }

    /** Closes the incident; refused, with what is missing, until everything the law asks for is recorded. */
    public void close(String ref) {
        Incident incident = records.byRef(ref);
        List<String> missing = views.view(incident).missingForClose();
        if (!missing.isEmpty()) {
            throw new BusinessException(missing.get(0));
        }
        incident.close(caller(), clock.instant());
        records.step(incident, caller(), TimelineEntry.Kind.CLOSED, AuditEventType.INCIDENT_CLOSED, null);
    }

    private Incident create(IncidentFacts facts, Long alertId) {
        validate(facts);
        Instant now = clock.instant();
        // one upsert takes the year's next number (MySQL's LAST_INSERT_ID(expr)): two officers never share one
        int year = time.dateOf(now).getYear();
        em.createNativeQuery("INSERT INTO incident_year (year, last_seq) VALUES (?1, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE last_seq = LAST_INSERT_ID(last_seq + 1)")
                .setParameter(1, year)
                .executeUpdate();
        long seq = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        String ref = "INC-" + year + "-" + String.format("%04d", seq);
        int procedure = ((Number) em.createNativeQuery("SELECT MAX(version) FROM response_procedure")
                        .getSingleResult())
                .intValue();
        Incident incident = new Incident(ref, facts, procedure, alertId, caller(), now);
        em.persist(incident);
        em.flush();
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.OPENED,
                AuditEventType.INCIDENT_OPENED,
                alertId == null ? null : "alert:" + alertId);
        return incident;
    }

    private void validate(IncidentFacts facts) {
        List<Violation> violations = facts.violations(clock.instant());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

package jp.member.incidents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.member.incidents.boundary.IncidentSummary;
import jp.member.incidents.boundary.IncidentView;
import jp.member.incidents.boundary.IncidentView.ContainmentView;
import jp.member.incidents.boundary.IncidentView.MeasureView;
import jp.member.incidents.boundary.IncidentView.TimelineView;
import jp.member.incidents.boundary.ScopeView;
import jp.member.incidents.entity.Containment;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.Measure;
import jp.member.incidents.entity.PpcReport;
import jp.member.incidents.entity.ScopeComputation;
import jp.member.incidents.rules.IncidentClock;
import jp.member.incidents.rules.IncidentClock.ClockSettings;
import jp.member.incidents.rules.IncidentClock.ClockState;
import jp.member.incidents.rules.IncidentClock.Deadlines;
import jp.member.incidents.rules.Reportability.Assessment;
import jp.member.shared.BusinessTime;

/** Builds what the pages show of an incident, and decides what is still missing before it may close. */
@ApplicationScoped
public class IncidentViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentRecords records;

    @Inject
    IncidentAssessment assessment;

    @Inject
    BusinessTime time;

    public IncidentSummary summary(Incident incident) {
        ScopeComputation scope = records.latestScope(incident.getId()).orElse(null);
        Assessment evaluated = assessment.assess(incident, scope);
        boolean reportable = assessment.reportable(incident, evaluated);
        Deadlines deadlines = assessment.deadlines(incident);
        return new IncidentSummary(
                incident.getRef(),
                incident.facts().title(),
                incident.getStatus(),
                incident.facts().knownAt(),
                deadlines,
                clock(incident, deadlines, PpcReport.Stage.PRELIMINARY, required(incident, reportable, scope)),
                clock(incident, deadlines, PpcReport.Stage.FINAL, required(incident, reportable, scope)),
                reportable,
                scope == null ? 0 : scope.getExposedMembers());
    }

    public IncidentView view(Incident incident) {
        ScopeComputation scope = records.latestScope(incident.getId()).orElse(null);
        Assessment evaluated = assessment.assess(incident, scope);
        boolean reportable = assessment.reportable(incident, evaluated);
        Deadlines deadlines = assessment.deadlines(incident);
        PpcReport preliminary = report(incident, PpcReport.Stage.PRELIMINARY);
        PpcReport finalReport = report(incident, PpcReport.Stage.FINAL);
        List<MeasureView> measures = measures(incident);
        long notified = notified(incident);
        return new IncidentView(
                incident.getRef(),
                incident.getStatus(),
                incident.facts(),
                incident.getProcedureVersion(),
                incident.getAlertId(),
                incident.getOpenedBy(),
                incident.getOpenedAt(),
                incident.getClosedAt(),
                evaluated,
                incident.getReportableOverride(),
                incident.getOverrideReason(),
                reportable,
                deadlines,
                clock(incident, deadlines, PpcReport.Stage.PRELIMINARY, required(incident, reportable, scope)),
                clock(incident, deadlines, PpcReport.Stage.FINAL, required(incident, reportable, scope)),
                preliminary == null ? null : preliminary.getSentAt(),
                finalReport == null ? null : finalReport.getSentAt(),
                scope == null ? null : scopeView(scope),
                assessment.expectedDamages(incident, scope),
                notified,
                incident.getSubstituteMeasure(),
                containments(incident.getId()),
                measures,
                records.timeline(incident.getId()).stream()
                        .map(t -> new TimelineView(t.getAt(), t.getActor(), t.getKind(), t.getDetail()))
                        .toList(),
                missing(scope, reportable, finalReport, notified, incident.getSubstituteMeasure(), measures));
    }

    /**
     * What must be recorded before the incident closes (message keys): a scope; for a reportable incident the final
     * report sent and every exposed member notified or a substitute measure recorded; at least one recurrence
     * measure.
     */
    static List<String> missing(
            ScopeComputation scope,
            boolean reportable,
            PpcReport finalReport,
            long notified,
            String substitute,
            List<MeasureView> measures) {
        List<String> missing = new ArrayList<>();
        if (scope == null) {
            missing.add("incident.close.scopeMissing");
        }
        if (reportable && (finalReport == null || finalReport.getSentAt() == null)) {
            missing.add("incident.close.finalReportMissing");
        }
        if (reportable && scope != null && notified < scope.getExposedMembers() && substitute == null) {
            missing.add("incident.close.noticesMissing");
        }
        if (measures.isEmpty()) {
            missing.add("incident.close.measuresMissing");
        }
        return missing;
    }

    public ScopeView scopeView(ScopeComputation s) {
        return new ScopeView(
                s.getId(),
                s.getSpec(),
                s.getComputedAt(),
                s.getComputedBy(),
                s.getMembers(),
                s.getExposedMembers(),
                s.getUsableBalance(),
                s.items(),
                s.getEntriesRead());
    }

    /** Whether the reports may be required: decided by the officer, else until a scope shows they are not. */
    private static boolean required(Incident incident, boolean reportable, ScopeComputation scope) {
        return incident.getReportableOverride() != null
                ? incident.getReportableOverride()
                : reportable || scope == null;
    }

    /**
     * Where a report's clock stands. It runs while the report may be required: until a scope shows the incident is
     * not reportable (or the officer decided so), the law's deadlines are treated as running.
     */
    private ClockState clock(Incident incident, Deadlines deadlines, PpcReport.Stage stage, boolean mayBeRequired) {
        PpcReport report = report(incident, stage);
        boolean done = !mayBeRequired || !incident.isOpen() || (report != null && report.getSentAt() != null);
        ClockSettings settings = assessment.clockSettings();
        LocalDate today = time.today();
        return stage == PpcReport.Stage.PRELIMINARY
                ? IncidentClock.state(
                        today,
                        deadlines.preliminaryWarnOn(),
                        deadlines.preliminaryDueOn(),
                        done,
                        settings.alertDaysBefore())
                : IncidentClock.state(today, null, deadlines.finalDueOn(), done, settings.alertDaysBefore());
    }

    public PpcReport report(Incident incident, PpcReport.Stage stage) {
        return em.find(PpcReport.class, new PpcReport.Key(incident.getId(), stage));
    }

    private List<MeasureView> measures(Incident incident) {
        return em.createQuery("SELECT m FROM Measure m WHERE m.incidentId = :id ORDER BY m.dueOn, m.id", Measure.class)
                .setParameter("id", incident.getId())
                .getResultStream()
                .map(m -> new MeasureView(m.getId(), m.getDescription(), m.getOwner(), m.getDueOn(), m.getDoneOn()))
                .toList();
    }

    public List<ContainmentView> containments(long incidentId) {
        return em.createQuery(
                        "SELECT c FROM Containment c WHERE c.incidentId = :id ORDER BY c.takenAt, c.id",
                        Containment.class)
                .setParameter("id", incidentId)
                .getResultStream()
                .map(IncidentViews::containmentView)
                .toList();
    }

    public static ContainmentView containmentView(Containment c) {
        return new ContainmentView(
                c.getId(),
                c.getAction(),
                c.getTarget(),
                c.getReason(),
                c.getTakenAt(),
                c.getTakenBy(),
                c.getLiftedAt(),
                c.getLiftedBy(),
                c.getLiftReason());
    }

    public long notified(Incident incident) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM incident_notice WHERE incident_id = ?1")
                        .setParameter(1, incident.getId())
                        .getSingleResult())
                .longValue();
    }
}

package jp.member.incidents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.audit.entity.AuditEventType;
import jp.member.incidents.control.IncidentAssessment;
import jp.member.incidents.control.IncidentRecords;
import jp.member.incidents.control.IncidentViews;
import jp.member.incidents.control.ReportComposer;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.PpcReport;
import jp.member.incidents.entity.PpcReport.Stage;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.incidents.rules.IncidentClock.Deadlines;
import jp.member.incidents.rules.ReportItem;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.CsvCells;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The reports to the PPC (Enforcement Rules Art. 8): the preliminary report (速報) and the final report (確報), each
 * with the nine items, pre-filled with what the application knows and editable by the officer; printable and as
 * structured data (JSON, CSV) for the PPC's electronic form; when and how it was sent is recorded, and a sent report
 * stays as it was filed.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class IncidentReports {

    public static final int ITEM_MAX = PpcReport.ITEM_MAX;
    public static final int NOTE_MAX = PpcReport.NOTE_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentRecords records;

    @Inject
    IncidentViews views;

    @Inject
    IncidentAssessment assessment;

    @Inject
    ReportComposer composer;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The report at this stage: as saved, or pre-filled now. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public ReportView report(String ref, Stage stage) {
        Incident incident = records.byRef(ref);
        PpcReport report = views.report(incident, stage);
        Deadlines deadlines = assessment.deadlines(incident);
        return new ReportView(
                incident.getRef(),
                incident.facts().title(),
                stage,
                composer.items(incident, report),
                report != null && report.getItems() != null,
                report == null ? null : report.getSavedAt(),
                report == null ? null : report.getSavedBy(),
                report == null ? null : report.getSentAt(),
                report == null ? null : report.getSentBy(),
                report == null ? null : report.getSentNote(),
                deadlines.knownOn(),
                stage == Stage.PRELIMINARY ? deadlines.preliminaryDueOn() : deadlines.finalDueOn());
    }

    /** Saves the officer's text of the nine items (refused once the report was sent). */
    public void save(String ref, Stage stage, Map<ReportItem, String> items) {
        List<Violation> violations = new ArrayList<>();
        Map<ReportItem, String> text = new EnumMap<>(ReportItem.class);
        for (ReportItem item : ReportItem.values()) {
            String value = items.get(item) == null ? "" : items.get(item).strip();
            if (value.length() > ITEM_MAX) {
                violations.add(new Violation("item" + item.number(), "incident.report.itemTooLong"));
            }
            text.put(item, value);
        }
        if (text.get(ReportItem.SUMMARY).isEmpty()) {
            violations.add(new Violation("item1", "incident.report.summaryRequired"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Incident incident = records.byRef(ref);
        incident.requireOpen();
        PpcReport report = views.report(incident, stage);
        if (report == null) {
            report = new PpcReport(incident.getId(), stage);
            report.save(ReportComposer.write(text), caller(), clock.instant());
            em.persist(report);
        } else {
            report.save(ReportComposer.write(text), caller(), clock.instant());
        }
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.REPORT_SAVED,
                AuditEventType.INCIDENT_REPORT_SAVED,
                stage.name());
    }

    /** Records that the saved report was filed with the PPC, when (not in the future) and how. */
    public void markSent(String ref, Stage stage, Instant sentAt, String note) {
        String how = note == null ? "" : note.strip();
        if (how.length() > NOTE_MAX) {
            throw new InvalidInputException(List.of(new Violation("sentNote", "incident.report.noteTooLong")));
        }
        if (sentAt == null || sentAt.isAfter(clock.instant())) {
            throw new InvalidInputException(List.of(new Violation("sentAt", "incident.report.sentAt")));
        }
        Incident incident = records.byRef(ref);
        incident.requireOpen();
        PpcReport report = views.report(incident, stage);
        if (report == null || report.getItems() == null) {
            throw new BusinessException("incident.report.notSaved");
        }
        report.sent(sentAt, caller(), how.isEmpty() ? null : how);
        records.step(
                incident, caller(), TimelineEntry.Kind.REPORT_SENT, AuditEventType.INCIDENT_REPORT_SENT, stage.name());
    }

    /** The report as JSON for filing: incident, stage, dates, and the nine items with their headings. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public String json(String ref, Stage stage) {
        ReportView view = report(ref, stage);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ReportItem item : ReportItem.values()) {
            items.add(Json.createObjectBuilder()
                    .add("number", item.number())
                    .add("heading", item.japaneseTitle())
                    .add("text", view.item(item)));
        }
        return Json.createObjectBuilder()
                .add("incident", view.ref())
                .add("stage", stage.name())
                .add("knownOn", view.knownOn().toString())
                .add("dueOn", view.dueOn().toString())
                .add("items", items)
                .build()
                .toString();
    }

    /** The report as CSV (UTF-8): number, heading, text; one row per item. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public String csv(String ref, Stage stage) {
        ReportView view = report(ref, stage);
        StringBuilder csv = new StringBuilder(CsvCells.line("項番", "項目", "内容")).append("\r\n");
        for (ReportItem item : ReportItem.values()) {
            csv.append(CsvCells.line(String.valueOf(item.number()), item.japaneseTitle(), view.item(item)))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.member.incidents.boundary.IncidentReports;
import jp.member.incidents.boundary.ReportView;
import jp.member.incidents.entity.PpcReport;
import jp.member.incidents.rules.ReportItem;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.CsvDownload;
import jp.member.web.shell.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A report to the PPC ({@code ?ref=INC-…&stage=PRELIMINARY|FINAL}): the nine items, pre-filled until saved and then as
 * saved, editable by the officer until it is sent; recorded as sent with when and how; printed from the page, and
 * downloaded as JSON and CSV for the PPC's form. The report is in Japanese whatever the page's language.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentReports reports;

    @Inject
    BusinessTime time;

    private String ref;
    private PpcReport.Stage stage;
    private ReportView report;
    private final Map<ReportItem, String> items = new EnumMap<>(ReportItem.class);
    private String sentDay;
    private String sentTime;
    private String sentNote;

    public void load() {
        report = null;
        if (ref == null || stage == null) {
            Messages.error("incident.notFound");
            return;
        }
        try {
            report = reports.report(ref, stage);
            items.clear();
            items.putAll(report.items());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void save() {
        if (IncidentRefusals.attempt("report:", () -> reports.save(ref, stage, items), "incident.report.saved")) {
            load();
        }
    }

    public void markSent() {
        Instant at;
        try {
            at = DateTimeText.moment(sentDay, sentTime, time.zone()).orElse(null);
        } catch (DateTimeText.Unreadable e) {
            IncidentRefusals.field("sent:", "sentAt", "incident.dateTime.unreadable");
            return;
        }
        if (IncidentRefusals.attempt(
                "sent:", () -> reports.markSent(ref, stage, at, sentNote), "incident.report.markedSent")) {
            sentDay = null;
            sentTime = null;
            sentNote = null;
            load();
        }
    }

    public StreamedContent getJson() {
        try {
            byte[] bytes = reports.json(ref, stage).getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder()
                    .name(fileName("json"))
                    .contentType("application/json; charset=UTF-8")
                    .stream(() -> new ByteArrayInputStream(bytes))
                    .build();
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public StreamedContent getCsv() {
        try {
            return CsvDownload.of(fileName("csv"), reports.csv(ref, stage));
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    /** e.g. {@code INC-2026-0001-preliminary.json}: ASCII, so every browser and mail gateway keeps it. */
    private String fileName(String extension) {
        return ref + "-" + stage.name().toLowerCase(Locale.ROOT) + "." + extension;
    }

    public List<ReportItem> getItemList() {
        return List.of(ReportItem.values());
    }

    /** The officer edits until the report was sent and while the incident is open (the boundary decides too). */
    public boolean isSent() {
        return report != null && report.sentAt() != null;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public PpcReport.Stage getStage() {
        return stage;
    }

    public void setStage(PpcReport.Stage stage) {
        this.stage = stage;
    }

    public ReportView getReport() {
        return report;
    }

    public Map<ReportItem, String> getItems() {
        return items;
    }

    public String getSentDay() {
        return sentDay;
    }

    public void setSentDay(String sentDay) {
        this.sentDay = sentDay;
    }

    public String getSentTime() {
        return sentTime;
    }

    public void setSentTime(String sentTime) {
        this.sentTime = sentTime;
    }

    public String getSentNote() {
        return sentNote;
    }

    public void setSentNote(String sentNote) {
        this.sentNote = sentNote;
    }
}

package jp.member.web.incidents;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import jp.member.incidents.rules.CauseCategory;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.IncidentKind;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import jp.member.incidents.rules.Malice;

/**
 * An incident's facts as the officer types them ({@code #{incidentNewBacking.facts.title}}): the moments as a day and a
 * time each, in the business zone; the rest as the facts hold them. Whether they may be recorded is the boundary's
 * to say.
 */
public class IncidentFactsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String occurredDay;
    private String occurredTime;
    private String knownDay;
    private String knownTime;
    private String knownBy;
    private IncidentKind kind;
    private boolean possibility;
    private CauseCategory cause;
    private Malice malice;
    private String processorName;
    private String summary;
    private boolean sensitiveItems;
    private boolean keyExposed;
    private String encryptionEvidence;
    private ResponseRating responseRating = ResponseRating.UNKNOWN;

    /** A new incident: known now. */
    static IncidentFactsForm knownAt(Instant now, ZoneId zone) {
        IncidentFactsForm form = new IncidentFactsForm();
        form.knownDay = DateTimeText.dayText(now, zone);
        form.knownTime = DateTimeText.timeText(now, zone);
        return form;
    }

    /** The form filled with what is recorded, to edit. */
    static IncidentFactsForm of(IncidentFacts f, ZoneId zone) {
        IncidentFactsForm form = new IncidentFactsForm();
        form.title = f.title();
        form.occurredDay = DateTimeText.dayText(f.occurredAt(), zone);
        form.occurredTime = DateTimeText.timeText(f.occurredAt(), zone);
        form.knownDay = DateTimeText.dayText(f.knownAt(), zone);
        form.knownTime = DateTimeText.timeText(f.knownAt(), zone);
        form.knownBy = f.knownBy();
        form.kind = f.kind();
        form.possibility = f.possibility();
        form.cause = f.cause();
        form.malice = f.malice();
        form.processorName = f.processorName();
        form.summary = f.summary();
        form.sensitiveItems = f.sensitiveItems();
        form.keyExposed = f.keyExposed();
        form.encryptionEvidence = f.encryptionEvidence();
        form.responseRating = f.responseRating() == null ? ResponseRating.UNKNOWN : f.responseRating();
        return form;
    }

    /** The field whose day or time cannot be read ({@code occurredAt}, {@code knownAt}), or null. */
    String unreadableField(ZoneId zone) {
        try {
            DateTimeText.moment(occurredDay, occurredTime, zone);
        } catch (DateTimeText.Unreadable e) {
            return "occurredAt";
        }
        try {
            DateTimeText.moment(knownDay, knownTime, zone);
        } catch (DateTimeText.Unreadable e) {
            return "knownAt";
        }
        return null;
    }

    /** The facts as typed; call only when {@link #unreadableField} found nothing. */
    IncidentFacts toFacts(ZoneId zone) {
        try {
            return new IncidentFacts(
                    title,
                    DateTimeText.moment(occurredDay, occurredTime, zone).orElse(null),
                    DateTimeText.moment(knownDay, knownTime, zone).orElse(null),
                    knownBy,
                    kind,
                    possibility,
                    cause,
                    malice,
                    processorName,
                    summary,
                    sensitiveItems,
                    keyExposed,
                    encryptionEvidence,
                    responseRating);
        } catch (DateTimeText.Unreadable e) {
            throw new IllegalStateException("checked by unreadableField", e);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOccurredDay() {
        return occurredDay;
    }

    public void setOccurredDay(String occurredDay) {
        this.occurredDay = occurredDay;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getKnownDay() {
        return knownDay;
    }

    public void setKnownDay(String knownDay) {
        this.knownDay = knownDay;
    }

    public String getKnownTime() {
        return knownTime;
    }

    public void setKnownTime(String knownTime) {
        this.knownTime = knownTime;
    }

    public String getKnownBy() {
        return knownBy;
    }

    public void setKnownBy(String knownBy) {
        this.knownBy = knownBy;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }

    public boolean isPossibility() {
        return possibility;
    }

    public void setPossibility(boolean possibility) {
        this.possibility = possibility;
    }

    public CauseCategory getCause() {
        return cause;
    }

    public void setCause(CauseCategory cause) {
        this.cause = cause;
    }

    public Malice getMalice() {
        return malice;
    }

    public void setMalice(Malice malice) {
        this.malice = malice;
    }

    public String getProcessorName() {
        return processorName;
    }

    public void setProcessorName(String processorName) {
        this.processorName = processorName;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isSensitiveItems() {
        return sensitiveItems;
    }

    public void setSensitiveItems(boolean sensitiveItems) {
        this.sensitiveItems = sensitiveItems;
    }

    public boolean isKeyExposed() {
        return keyExposed;
    }

    public void setKeyExposed(boolean keyExposed) {
        this.keyExposed = keyExposed;
    }

    public String getEncryptionEvidence() {
        return encryptionEvidence;
    }

    public void setEncryptionEvidence(String encryptionEvidence) {
        this.encryptionEvidence = encryptionEvidence;
    }

    public ResponseRating getResponseRating() {
        return responseRating;
    }

    public void setResponseRating(ResponseRating responseRating) {
        this.responseRating = responseRating;
    }
}

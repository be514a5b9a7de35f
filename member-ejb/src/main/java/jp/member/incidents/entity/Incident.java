package jp.member.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.member.incidents.rules.CauseCategory;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.IncidentKind;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import jp.member.incidents.rules.Malice;
import jp.member.shared.BusinessException;

/**
 * A leak incident (漏えい等事案): what happened and when it became known (the clocks start there), its kind and
 * cause, whether a malicious act is involved, the procedure version in force when it was opened, the officer's
 * confirmation or override of the reportability, the substitute measure for members who cannot be notified; open
 * until closed with everything the law asks for recorded.
 */
@Entity
@Table(name = "incident")
public class Incident {

    /** Where the incident stands. */
    public enum Status {
        OPEN,
        CLOSED
    }

    public static final int TITLE_MAX = IncidentFacts.TITLE_MAX;
    public static final int KNOWN_BY_MAX = IncidentFacts.KNOWN_BY_MAX;
    public static final int PROCESSOR_MAX = IncidentFacts.PROCESSOR_MAX;
    public static final int SUMMARY_MAX = IncidentFacts.SUMMARY_MAX;
    public static final int REASON_MAX = 500;
    public static final int EVIDENCE_MAX = IncidentFacts.EVIDENCE_MAX;
    public static final int SUBSTITUTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 20)
    private String ref;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "known_at", nullable = false)
    private Instant knownAt;

    @Column(name = "known_by", nullable = false, length = KNOWN_BY_MAX)
    private String knownBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IncidentKind kind;

    @Column(nullable = false)
    private boolean possibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CauseCategory cause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Malice malice;

    @Column(name = "processor_name", length = PROCESSOR_MAX)
    private String processorName;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "procedure_version", nullable = false, updatable = false)
    private int procedureVersion;

    @Column(name = "alert_id", updatable = false)
    private Long alertId;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "sensitive_items", nullable = false)
    private boolean sensitiveItems;

    @Column(name = "key_exposed", nullable = false)
    private boolean keyExposed;

    @Column(name = "encryption_evidence", length = EVIDENCE_MAX)
    private String encryptionEvidence;

    @Column(name = "reportable_override")
    private Boolean reportableOverride;

    @Column(name = "override_reason", length = REASON_MAX)
    private String overrideReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_rating", nullable = false, length = 16)
    private ResponseRating responseRating;

    @Column(name = "substitute_measure", length = SUBSTITUTE_MAX)
    private String substituteMeasure;

    @Column(name = "substitute_at")
    private Instant substituteAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Version
    private long version;

    protected Incident() {}

    public Incident(String ref, IncidentFacts facts, int procedureVersion, Long alertId, String openedBy, Instant at) {
        this.ref = ref;
        this.status = Status.OPEN;
        this.procedureVersion = procedureVersion;
        this.alertId = alertId;
        this.openedBy = openedBy;
        this.openedAt = at;
        this.responseRating = ResponseRating.UNKNOWN;
        describe(facts);
    }

    /** Sets what is known about the incident (refused once closed). */
    public void describe(IncidentFacts facts) {
        requireOpen();
        this.title = facts.title();
        this.occurredAt = facts.occurredAt();
        this.knownAt = facts.knownAt();
        this.knownBy = facts.knownBy();
        this.kind = facts.kind();
        this.possibility = facts.possibility();
        this.cause = facts.cause();
        this.malice = facts.malice();
        this.processorName = facts.processorName();
        this.summary = facts.summary() == null ? "" : facts.summary();
        this.sensitiveItems = facts.sensitiveItems();
        this.keyExposed = facts.keyExposed();
        this.encryptionEvidence = facts.encryptionEvidence();
        this.responseRating = facts.responseRating() == null ? ResponseRating.UNKNOWN : facts.responseRating();
    }

    /** The officer confirms (null: the evaluation stands) or overrides the evaluation, with a reason. */
    public void decideReportable(Boolean override, String reason) {
        requireOpen();
        if (override != null && (reason == null || reason.isBlank())) {
            throw new BusinessException("incident.override.reasonRequired");
        }
        this.reportableOverride = override;
        this.overrideReason = override == null ? null : reason.strip();
    }

    /** Members without a usable contact: the substitute measure (e.g. a public notice) taken instead. */
    public void recordSubstitute(String measure, Instant at) {
        requireOpen();
        this.substituteMeasure = measure;
        this.substituteAt = at;
    }

    public void close(String by, Instant at) {
        requireOpen();
        this.status = Status.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }

    public void requireOpen() {
        if (status == Status.CLOSED) {
            throw new BusinessException("incident.closed");
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public IncidentFacts facts() {
        return new IncidentFacts(
                title,
                occurredAt,
                knownAt,
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
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public Status getStatus() {
        return status;
    }

    public int getProcedureVersion() {
        return procedureVersion;
    }

    public Long getAlertId() {
        return alertId;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Boolean getReportableOverride() {
        return reportableOverride;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getSubstituteMeasure() {
        return substituteMeasure;
    }

    public Instant getSubstituteAt() {
        return substituteAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}

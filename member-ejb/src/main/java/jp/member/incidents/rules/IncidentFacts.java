package jp.member.incidents.rules;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import jp.member.shared.Violation;

/**
 * What the officer records about an incident. {@code knownAt} starts the clocks (知った時点); {@code occurredAt} may
 * be unknown. {@code keyExposed}: the key or password of data that left only encrypted was exposed too (the
 * high-level-encryption exemption is then lost); {@code encryptionEvidence} says what shows it was not.
 */
public record IncidentFacts(
        String title,
        Instant occurredAt,
        Instant knownAt,
        String knownBy,
        IncidentKind kind,
        boolean possibility,
        CauseCategory cause,
        Malice malice,
        String processorName,
        String summary,
        boolean sensitiveItems,
        boolean keyExposed,
        String encryptionEvidence,
        ResponseRating responseRating)
        implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int KNOWN_BY_MAX = 200;
    public static final int PROCESSOR_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int EVIDENCE_MAX = 1000;

    public IncidentFacts {
        title = trimmed(title);
        knownBy = trimmed(knownBy);
        processorName = trimmed(processorName);
        summary = summary == null ? "" : summary.strip();
        encryptionEvidence = trimmed(encryptionEvidence);
    }

    /** What is missing or wrong, as message keys per field; empty when the facts can be recorded. */
    public List<Violation> violations(Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (title == null || title.length() > TITLE_MAX) {
            violations.add(new Violation("title", "incident.title.required"));
        }
        if (knownAt == null || knownAt.isAfter(now)) {
            violations.add(new Violation("knownAt", "incident.knownAt.required"));
        }
        if (occurredAt != null && knownAt != null && occurredAt.isAfter(knownAt)) {
            violations.add(new Violation("occurredAt", "incident.occurredAt.afterKnown"));
        }
        if (knownBy == null || knownBy.length() > KNOWN_BY_MAX) {
            violations.add(new Violation("knownBy", "incident.knownBy.required"));
        }
        if (kind == null) {
            violations.add(new Violation("kind", "incident.kind.required"));
        }
        if (cause == null) {
            violations.add(new Violation("cause", "incident.cause.required"));
        }
        if (malice == null) {
            violations.add(new Violation("malice", "incident.malice.required"));
        }
        if (cause == CauseCategory.PROCESSOR && processorName == null) {
            violations.add(new Violation("processorName", "incident.processor.required"));
        }
        if (processorName != null && processorName.length() > PROCESSOR_MAX) {
            violations.add(new Violation("processorName", "incident.processor.required"));
        }
        if (summary.length() > SUMMARY_MAX) {
            violations.add(new Violation("summary", "incident.summary.tooLong"));
        }
        if (encryptionEvidence != null && encryptionEvidence.length() > EVIDENCE_MAX) {
            violations.add(new Violation("encryptionEvidence", "incident.evidence.tooLong"));
        }
        return violations;
    }

    private static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}

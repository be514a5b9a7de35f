package jp.member.incidents.boundary;

import java.io.Serializable;
import java.time.Instant;
import jp.member.incidents.entity.IncidentFacts;
import jp.member.incidents.rules.CauseCategory;
import jp.member.incidents.rules.IncidentKind;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import jp.member.incidents.rules.Malice;

/**
 * The facts of an incident as the pages fill them in, and as they read them back to edit: the same values as {@link
 * IncidentFacts}, which lives in the entity package the web tier may not use (the architecture rule). The pages build
 * this record and hand {@link #facts()} to {@link Incidents#open}, {@link Incidents#openFromAlert} or {@link
 * Incidents#describe}; the rules are the facts' own.
 */
public record IncidentInput(
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

    /** The recorded facts, to fill the edit form. */
    public static IncidentInput of(IncidentFacts f) {
        return new IncidentInput(
                f.title(),
                f.occurredAt(),
                f.knownAt(),
                f.knownBy(),
                f.kind(),
                f.possibility(),
                f.cause(),
                f.malice(),
                f.processorName(),
                f.summary(),
                f.sensitiveItems(),
                f.keyExposed(),
                f.encryptionEvidence(),
                f.responseRating());
    }

    /** The facts to record. */
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
}

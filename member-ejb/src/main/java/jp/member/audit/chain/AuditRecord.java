package jp.member.audit.chain;

import java.time.Instant;
import java.util.Objects;

/**
 * The content of one audit entry, exactly as it is hashed: when, what, by whom, from where, about which member or
 * other target, which personal fields, for which purpose, with what outcome. Holds ids and field names, never a
 * personal value.
 */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String eventType,
        String outcome,
        String actor,
        String actorKind,
        String clientAddress,
        Long memberId,
        String target,
        String fields,
        String purpose,
        String reason,
        String inquiryNumber) {

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorKind, "actorKind");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}

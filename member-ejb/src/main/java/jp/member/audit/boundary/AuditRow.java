package jp.member.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry as an auditor sees it: the member by their current number (no personal value), and the entry's position
 * in the chain (null while it waits to be linked).
 */
public record AuditRow(
        long id,
        Instant occurredAt,
        String eventType,
        String outcome,
        String actor,
        String actorKind,
        String clientAddress,
        String memberNumber,
        String target,
        String fields,
        String purpose,
        String reason,
        String inquiryNumber,
        Long seq)
        implements Serializable {}

package jp.member.events.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as the administrator sees it, with its lag (deliveries waiting and how long the oldest has waited)
 * and its failures (dead deliveries and the last failed attempt's HTTP status, 0 for no answer, -1 for an endpoint the
 * address rule refused). The secret is never part of it.
 */
public record SubscriptionSummary(
        long id,
        String name,
        String endpointUrl,
        List<String> eventTypes,
        boolean active,
        Instant createdAt,
        long pending,
        Duration oldestPendingAge,
        long dead,
        Integer lastFailureStatus,
        Instant lastFailureAt)
        implements java.io.Serializable {}

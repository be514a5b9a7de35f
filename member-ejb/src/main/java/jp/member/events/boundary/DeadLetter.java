package jp.member.events.boundary;

import java.time.Instant;

/** A delivery that failed every attempt: the event's id and type, when it happened, attempts, the last status. */
public record DeadLetter(
        long deliveryId, String eventId, String eventType, Instant occurredAt, int attempts, Integer lastStatus)
        implements java.io.Serializable {}

package jp.member.events.entity;

/** Where one event's delivery to one subscription stands. Stored by name. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or for a retry (its next attempt's time), or being sent now (claimed). */
    PENDING,
    /** A 2xx answer was received. */
    DELIVERED,
    /** Every attempt failed: kept for an administrator to re-drive; later events for the member go on. */
    DEAD
}

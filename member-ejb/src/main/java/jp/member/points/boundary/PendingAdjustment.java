package jp.member.points.boundary;

import java.time.Instant;

/** A request in the approval inbox: the member by number (no personal data), the points, why, and who asked. */
public record PendingAdjustment(
        long id, String memberNumber, long points, String reason, String requestedBy, Instant requestedAt) {}

package jp.member.points.boundary;

import java.time.LocalDate;
import java.util.List;

/** A member's points as an agent sees them: balance and the open lots with their expiry dates. */
public record PointsSummary(long balance, String rank, List<Lot> lots) {

    public record Lot(long lotId, LocalDate earnedOn, LocalDate expiresOn, long originalPoints, long remainingPoints) {}
}

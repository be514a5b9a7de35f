package jp.member.points.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.member.members.rules.Rank;
import jp.member.points.rules.Points;

/** A member's points as an agent sees them: balance and the open lots with their expiry dates. */
public record PointsSummary(Points balance, Rank rank, List<Lot> lots) implements Serializable {

    public record Lot(
            long lotId, LocalDate earnedOn, LocalDate expiresOn, Points originalPoints, Points remainingPoints)
            implements Serializable {}
}

package jp.member.points.boundary;

import java.time.Instant;
import jp.member.members.validation.MemberNumber;
import jp.member.points.rules.PointsChange;

/** A request in the approval inbox: the member by number (no personal data), the points, why, and who asked. */
public record PendingAdjustment(
        long id,
        MemberNumber memberNumber,
        PointsChange points,
        String reason,
        String requestedBy,
        Instant requestedAt) {}

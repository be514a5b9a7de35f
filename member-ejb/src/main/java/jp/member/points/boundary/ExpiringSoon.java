package jp.member.points.boundary;

import java.time.LocalDate;
import jp.member.members.validation.MemberNumber;
import jp.member.points.rules.Points;

/** A member whose points expire soon, for the notice (by member number; the notice service looks up the address). */
public record ExpiringSoon(MemberNumber memberNumber, LocalDate expiresOn, Points points) {}

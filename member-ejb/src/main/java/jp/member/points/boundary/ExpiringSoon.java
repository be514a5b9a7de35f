package jp.member.points.boundary;

import java.time.LocalDate;

/** A member whose points expire soon, for the notice (by member number; the notice service looks up the address). */
public record ExpiringSoon(String memberNumber, LocalDate expiresOn, long points) {}

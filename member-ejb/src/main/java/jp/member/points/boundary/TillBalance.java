package jp.member.points.boundary;

import java.time.LocalDate;
import java.util.List;
import jp.member.members.rules.Rank;
import jp.member.members.validation.MemberNumber;
import jp.member.points.rules.Points;

/** A card's balance and the points that expire soon, by date. No personal data. */
public record TillBalance(
        MemberNumber memberNumber, String status, Rank rank, Points balance, List<Expiring> expiringSoon) {

    public record Expiring(LocalDate expiresOn, Points points) {}
}

package jp.member.points.boundary;

import java.time.LocalDate;
import java.util.List;

/** A card's balance and the points that expire soon, by date. No personal data. */
public record TillBalance(String memberNumber, String status, String rank, long balance, List<Expiring> expiringSoon) {

    public record Expiring(LocalDate expiresOn, long points) {}
}

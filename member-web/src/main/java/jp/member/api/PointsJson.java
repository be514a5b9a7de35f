package jp.member.api;

import java.time.LocalDate;
import java.util.List;
import jp.member.points.boundary.TillBalance;
import jp.member.points.boundary.TillReceipt;

/**
 * JSON shapes of the points API (tills): numbers and strings exactly as the till API has always sent them, made here
 * from the till boundary's typed records. The property names are the records' components; JSON-B writes them in
 * alphabetical order, as it did when the boundary's records went out as they were.
 */
public final class PointsJson {

    private PointsJson() {}

    /** The receipt of an earn, a redemption or a reversal; points signed (a redemption is negative). */
    public record Receipt(
            String transactionId, String memberNumber, String type, long points, long balance, long entryId) {

        static Receipt of(TillReceipt receipt) {
            return new Receipt(
                    receipt.transactionId(),
                    receipt.memberNumber().digits(),
                    receipt.type(),
                    receipt.points().value(),
                    receipt.balance().value(),
                    receipt.entryId());
        }
    }

    /** A card's balance and the points that expire in the next 30 days, by date. */
    public record Balance(String memberNumber, String status, String rank, long balance, List<Expiring> expiringSoon) {

        public record Expiring(LocalDate expiresOn, long points) {}

        static Balance of(TillBalance balance) {
            return new Balance(
                    balance.memberNumber().digits(),
                    balance.status(),
                    balance.rank().code(),
                    balance.balance().value(),
                    balance.expiringSoon().stream()
                            .map(e -> new Expiring(e.expiresOn(), e.points().value()))
                            .toList());
        }
    }
}

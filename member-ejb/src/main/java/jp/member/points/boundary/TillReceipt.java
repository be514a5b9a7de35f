package jp.member.points.boundary;

import jp.member.members.validation.MemberNumber;
import jp.member.points.control.StoredReceipt;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;

/**
 * The answer to a till transaction, kept so that a retry gets exactly the same one. No personal data: the member is
 * identified by the card number.
 *
 * @param points what the entry changed, signed (a redemption is negative)
 * @param balance the member's balance after it
 */
public record TillReceipt(
        String transactionId,
        MemberNumber memberNumber,
        String type,
        PointsChange points,
        Points balance,
        long entryId) {

    StoredReceipt stored() {
        return new StoredReceipt(transactionId, memberNumber.digits(), type, points.value(), balance.value(), entryId);
    }

    static TillReceipt of(StoredReceipt stored) {
        return new TillReceipt(
                stored.transactionId(),
                MemberNumber.of(stored.memberNumber()),
                stored.type(),
                PointsChange.of(stored.points()),
                Points.of(stored.balance()),
                stored.entryId());
    }
}

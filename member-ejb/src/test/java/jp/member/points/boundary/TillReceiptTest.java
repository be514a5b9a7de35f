package jp.member.points.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jp.member.members.validation.MemberNumber;
import jp.member.points.control.StoredReceipt;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TillReceiptTest {

    @Test
    @DisplayName("a receipt is kept in the plain form receipts always had, and a retry reads it back equal")
    void storedRoundTrip() {
        TillReceipt receipt = new TillReceipt(
                "t-1", MemberNumber.of("123456789015"), "REDEEM", PointsChange.of(-250), Points.of(50), 42);

        StoredReceipt stored = receipt.stored();

        assertThat(stored).isEqualTo(new StoredReceipt("t-1", "123456789015", "REDEEM", -250, 50, 42));
        assertThat(TillReceipt.of(stored)).isEqualTo(receipt);
    }

    @Test
    @DisplayName("a receipt stored before the types existed reads as the typed receipt")
    void storedBefore() {
        StoredReceipt before = new StoredReceipt("it-9", "987654321098", "EARN", 12, 12, 7);

        TillReceipt receipt = TillReceipt.of(before);

        assertThat(receipt.memberNumber()).isEqualTo(MemberNumber.of("987654321098"));
        assertThat(receipt.points()).isEqualTo(PointsChange.of(12));
        assertThat(receipt.balance()).isEqualTo(Points.of(12));
        assertThat(receipt.entryId()).isEqualTo(7);
    }
}

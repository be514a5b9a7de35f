package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpiryPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final LocalDate PAST = LocalDate.of(2027, 1, 31);

    private static ExpiryPlan.Lot lot(long id, long member, LocalDate expiresOn, long remaining) {
        return new ExpiryPlan.Lot(id, member, expiresOn, Points.of(remaining));
    }

    @Test
    @DisplayName("every due lot with points expires whole; each member loses the sum of their lots")
    void dueLotsExpire() {
        List<ExpiryPlan.Lot> current =
                List.of(lot(12, 7, PAST, 30), lot(10, 7, PAST.minusMonths(1), 20), lot(11, 3, PAST, 5));

        ExpiryPlan plan = ExpiryPlan.of(
                Map.of(10L, 7L, 11L, 3L, 12L, 7L), current, Map.of(7L, Points.of(100), 3L, Points.of(5)), TODAY);

        assertThat(plan.lots()).extracting(ExpiryPlan.Lot::id).containsExactly(10L, 11L, 12L);
        assertThat(plan.byMember()).containsExactly(Map.entry(3L, Points.of(5)), Map.entry(7L, Points.of(50)));
        assertThat(plan.points()).isEqualTo(Points.of(55));
    }

    @Test
    @DisplayName("a lot moved to another member since it was selected stays (that member's lock is not held)")
    void movedLotStays() {
        ExpiryPlan plan = ExpiryPlan.of(
                Map.of(10L, 7L), List.of(lot(10, 8, PAST, 30)), Map.of(7L, Points.of(0), 8L, Points.of(30)), TODAY);

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.points()).isEqualTo(Points.ZERO);
    }

    @Test
    @DisplayName("a lot emptied meanwhile (spent, or expired by another run) stays")
    void emptiedLotStays() {
        ExpiryPlan plan = ExpiryPlan.of(Map.of(10L, 7L), List.of(lot(10, 7, PAST, 0)), Map.of(7L, Points.of(0)), TODAY);

        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a lot whose date moved (activity under the after-last-activity rule) or is today stays")
    void notDueStays() {
        ExpiryPlan plan = ExpiryPlan.of(
                Map.of(10L, 7L, 11L, 7L),
                List.of(lot(10, 7, TODAY, 30), lot(11, 7, TODAY.plusMonths(24), 5)),
                Map.of(7L, Points.of(35)),
                TODAY);

        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a lot that was not selected, or is gone, is not expired")
    void onlySelectedLots() {
        ExpiryPlan plan = ExpiryPlan.of(
                Map.of(10L, 7L, 99L, 7L),
                List.of(lot(10, 7, PAST, 30), lot(11, 7, PAST, 5)),
                Map.of(7L, Points.of(35)),
                TODAY);

        assertThat(plan.lots()).extracting(ExpiryPlan.Lot::id).containsExactly(10L);
    }

    @Test
    @DisplayName("a member with a lot to expire but no account, or a balance below the lots, is refused whole")
    void inconsistentLedgerRefused() {
        assertThatThrownBy(() -> ExpiryPlan.of(Map.of(10L, 7L), List.of(lot(10, 7, PAST, 30)), Map.of(), TODAY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ExpiryPlan.of(
                        Map.of(10L, 7L, 11L, 7L),
                        List.of(lot(10, 7, PAST, 30), lot(11, 7, PAST, 5)),
                        Map.of(7L, Points.of(34)),
                        TODAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("balance would go negative");
    }

    @Test
    @DisplayName("an expiry entry's reason names the lot's date, as every expiry has")
    void reason() {
        assertThat(lot(10, 7, PAST, 30).reason()).isEqualTo("expired on 2027-01-31");
        assertThat(LedgerReason.read(lot(10, 7, PAST, 30).reason()))
                .contains(new LedgerReason.Read(LedgerReason.EXPIRY, "2027-01-31"));
    }
}

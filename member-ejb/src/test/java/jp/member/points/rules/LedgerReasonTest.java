package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The application's own ledger reasons: stored as they always were, read back as what they are. */
class LedgerReasonTest {

    @Test
    @DisplayName("the stored texts are the ones the ledger and the API have always had")
    void storedTexts() {
        assertThat(LedgerReason.PURCHASE.text()).isEqualTo("purchase");
        assertThat(LedgerReason.REDEMPTION.text()).isEqualTo("redemption");
        assertThat(LedgerReason.REVERSAL.text("T-42")).isEqualTo("reversal of T-42");
        assertThat(LedgerReason.EXPIRY.text(LocalDate.of(2026, 3, 31))).isEqualTo("expired on 2026-03-31");
        assertThat(LedgerReason.WITHDRAWAL.text()).isEqualTo("withdrawal (退会)");
        assertThat(LedgerReason.MERGE.text()).isEqualTo("merge of duplicates");
    }

    @Test
    @DisplayName("every reason reads back as itself, with its detail")
    void readsBack() {
        assertThat(LedgerReason.read("purchase")).contains(new LedgerReason.Read(LedgerReason.PURCHASE, ""));
        assertThat(LedgerReason.read("reversal of T-42"))
                .contains(new LedgerReason.Read(LedgerReason.REVERSAL, "T-42"));
        assertThat(LedgerReason.read("expired on 2026-03-31"))
                .contains(new LedgerReason.Read(LedgerReason.EXPIRY, "2026-03-31"));
        for (LedgerReason reason : LedgerReason.values()) {
            String stored =
                    reason == LedgerReason.REVERSAL || reason == LedgerReason.EXPIRY ? reason.text("x") : reason.text();
            assertThat(LedgerReason.read(stored)).map(LedgerReason.Read::reason).contains(reason);
        }
    }

    @Test
    @DisplayName("what staff typed, a bare prefix or nothing is not one of the application's reasons")
    void typedReasons() {
        assertThat(LedgerReason.read("お客様の申し出により付与")).isEmpty();
        assertThat(LedgerReason.read("purchase of a gift")).isEmpty();
        assertThat(LedgerReason.read("expired on ")).isEmpty();
        assertThat(LedgerReason.read(null)).isEmpty();
    }

    @Test
    @DisplayName("a reason is written with a detail exactly when it takes one")
    void detailOrNot() {
        assertThatThrownBy(LedgerReason.EXPIRY::text).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LedgerReason.PURCHASE.text("x")).isInstanceOf(IllegalStateException.class);
    }
}

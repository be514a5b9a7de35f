package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.member.points.entity.EntryType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportLineTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "EARN, ISSUED",
        "REDEEM, REDEEMED",
        "EXPIRY, EXPIRED",
        "FORFEIT, EXPIRED",
        "REVERSAL, REVERSED_AND_ADJUSTED",
        "ADJUSTMENT, REVERSED_AND_ADJUSTED",
        "TRANSFER, REVERSED_AND_ADJUSTED"
    })
    @DisplayName("each entry type counts on one line of the roll-forward")
    void lineOfEachType(String type, ReportLine line) {
        assertThat(ReportLine.of(type)).isEqualTo(line);
    }

    @ParameterizedTest
    @EnumSource(EntryType.class)
    @DisplayName("every type the ledger has is on a line")
    void everyLedgerType(EntryType type) {
        assertThat(ReportLine.of(type.name())).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "earn", "BONUS"})
    @DisplayName("a type the ledger does not have is refused")
    void unknownType(String type) {
        assertThatThrownBy(() -> ReportLine.of(type)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("redeemed and expired are shown as the points taken, the other lines as signed")
    void shownSign() {
        assertThat(ReportLine.REDEEMED.shown(-300)).isEqualTo(300);
        assertThat(ReportLine.EXPIRED.shown(-40)).isEqualTo(40);
        assertThat(ReportLine.ISSUED.shown(120)).isEqualTo(120);
        assertThat(ReportLine.REVERSED_AND_ADJUSTED.shown(-15)).isEqualTo(-15);
        assertThat(ReportLine.REVERSED_AND_ADJUSTED.shown(15)).isEqualTo(15);
    }
}

package jp.member.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import jp.member.audit.rules.HourWindow;
import jp.member.audit.rules.ZoneOffsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The auditor's time of day as the database reads it: seconds since local midnight against the window. */
class HourConditionTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    @DisplayName("Tokyo: one offset, added as a number; a window past midnight is either end")
    void tokyoNight() {
        String sql = AuditSearch.hourCondition(
                new HourWindow(22, 6), ZoneOffsets.between(ZoneId.of("Asia/Tokyo"), FROM, TO));

        assertThat(sql)
                .isEqualTo("(MOD(e.occurred_us DIV 1000000 + 32400, 86400) >= 79200"
                        + " OR MOD(e.occurred_us DIV 1000000 + 32400, 86400) < 21600)");
    }

    @Test
    @DisplayName("a window within the day needs both ends")
    void officeHours() {
        String sql = AuditSearch.hourCondition(
                new HourWindow(9, 18), ZoneOffsets.between(ZoneId.of("Asia/Tokyo"), FROM, TO));

        assertThat(sql).contains(" >= 32400 AND ").endsWith(" < 64800)");
    }

    @Test
    @DisplayName("a zone with daylight saving: the offset changes at the instants the clocks change")
    void berlin() {
        String sql = AuditSearch.hourCondition(
                new HourWindow(9, 18), ZoneOffsets.between(ZoneId.of("Europe/Berlin"), FROM, TO));

        assertThat(sql)
                .contains("CASE WHEN e.occurred_us < 1774746000000000 THEN 3600"
                        + " WHEN e.occurred_us < 1792890000000000 THEN 7200 ELSE 3600 END");
    }
}

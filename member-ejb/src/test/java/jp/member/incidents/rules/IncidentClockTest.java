package jp.member.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import jp.member.incidents.rules.IncidentClock.ClockSettings;
import jp.member.incidents.rules.IncidentClock.ClockState;
import jp.member.incidents.rules.IncidentClock.Deadlines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report clock of Rule Art. 8: days counted as Japanese law counts them (the day it became known is day 0), in the
 * business zone, and where each deadline stands.
 */
class IncidentClockTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ClockSettings DEFAULTS = ClockSettings.defaults();

    private static Deadlines known(String instant, Malice malice) {
        return IncidentClock.deadlines(Instant.parse(instant), TOKYO, malice, DEFAULTS);
    }

    @Test
    @DisplayName("known on 12-03: warning on day 3, preliminary due on day 5 (12-08), final on day 30 (2027-01-02)")
    void defaultDeadlines() {
        Deadlines d = known("2026-12-03T01:00:00Z", Malice.NO);

        assertThat(d)
                .isEqualTo(new Deadlines(
                        LocalDate.of(2026, 12, 3),
                        LocalDate.of(2026, 12, 6),
                        LocalDate.of(2026, 12, 8),
                        LocalDate.of(2027, 1, 2)));
    }

    @ParameterizedTest(name = "malice {0} → final on day 60")
    @EnumSource(
            value = Malice.class,
            names = {"YES", "UNKNOWN"})
    @DisplayName("a malicious case, or one where malice cannot be excluded, has 60 days: 12-03 → 2027-02-01")
    void maliciousSixtyDays(Malice malice) {
        Deadlines d = known("2026-12-03T01:00:00Z", malice);

        assertThat(d.finalDueOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(d.preliminaryDueOn()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    @DisplayName("known at 23:59 JST on 12-03 (14:59 UTC) is still 12-03")
    void lateInTheDay() {
        Deadlines d = known("2026-12-03T14:59:00Z", Malice.NO);

        assertThat(d.knownOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(d.preliminaryDueOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(d.finalDueOn()).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @Test
    @DisplayName("known at 00:30 JST on 12-04 (15:30 UTC on 12-03) is 12-04, though UTC still says 12-03")
    void afterMidnightInTokyo() {
        Deadlines d = known("2026-12-03T15:30:00Z", Malice.NO);

        assertThat(d.knownOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(d.preliminaryDueOn()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(d.finalDueOn()).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    @DisplayName("the zone decides the day: the same instant in UTC is the day before")
    void zoneDecides() {
        Deadlines d =
                IncidentClock.deadlines(Instant.parse("2026-12-03T15:30:00Z"), ZoneOffset.UTC, Malice.NO, DEFAULTS);

        assertThat(d.knownOn()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @ParameterizedTest(name = "known {0} → preliminary {1}, final {2}, malicious final {3}")
    @CsvSource({
        "2026-01-29, 2026-02-03, 2026-02-28, 2026-03-30",
        "2028-01-30, 2028-02-04, 2028-02-29, 2028-03-30",
        "2026-02-27, 2026-03-04, 2026-03-29, 2026-04-28",
        "2026-12-28, 2027-01-02, 2027-01-27, 2027-02-26",
        "2026-12-31, 2027-01-05, 2027-01-30, 2027-03-01",
        "2026-04-30, 2026-05-05, 2026-05-30, 2026-06-29"
    })
    @DisplayName("month ends, a leap February and the year's end are counted day by day, no day moved for holidays")
    void monthAndYearEnds(LocalDate knownOn, LocalDate preliminary, LocalDate finalDue, LocalDate finalMalicious) {
        Instant noonInTokyo = knownOn.atTime(12, 0).atZone(TOKYO).toInstant();

        Deadlines ordinary = IncidentClock.deadlines(noonInTokyo, TOKYO, Malice.NO, DEFAULTS);
        Deadlines malicious = IncidentClock.deadlines(noonInTokyo, TOKYO, Malice.YES, DEFAULTS);

        assertThat(ordinary.knownOn()).isEqualTo(knownOn);
        assertThat(ordinary.preliminaryDueOn()).isEqualTo(preliminary);
        assertThat(ordinary.finalDueOn()).isEqualTo(finalDue);
        assertThat(malicious.finalDueOn()).isEqualTo(finalMalicious);
    }

    @Test
    @DisplayName("a caller that decided item 3 itself says so with a boolean")
    void explicitMaliciousCase() {
        Instant at = Instant.parse("2026-12-03T01:00:00Z");

        assertThat(IncidentClock.deadlines(at, TOKYO, true, DEFAULTS).finalDueOn())
                .isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(IncidentClock.deadlines(at, TOKYO, false, DEFAULTS).finalDueOn())
                .isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @ParameterizedTest(name = "today {0} → {1}")
    @CsvSource({
        "2026-12-03, NOT_DUE",
        "2026-12-04, NOT_DUE",
        "2026-12-05, WARN",
        "2026-12-06, DUE_SOON",
        "2026-12-07, DUE_SOON",
        "2026-12-08, DUE_SOON",
        "2026-12-09, OVERDUE",
        "2027-01-01, OVERDUE"
    })
    @DisplayName("the preliminary report with warning on 12-05, due 12-08, alert 2 days before: the due day is in time")
    void states(LocalDate today, ClockState expected) {
        ClockState state = IncidentClock.state(today, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 8), false, 2);

        assertThat(state).isEqualTo(expected);
    }

    @Test
    @DisplayName("with the defaults the alert (day 3 = due − 2) comes on the warning day and takes precedence")
    void defaultsWarnDayIsDueSoon() {
        Deadlines d = known("2026-12-03T01:00:00Z", Malice.NO);

        assertThat(IncidentClock.state(d.preliminaryWarnOn(), d.preliminaryWarnOn(), d.preliminaryDueOn(), false, 2))
                .isEqualTo(ClockState.DUE_SOON);
        assertThat(IncidentClock.state(
                        d.preliminaryWarnOn().minusDays(1), d.preliminaryWarnOn(), d.preliminaryDueOn(), false, 2))
                .isEqualTo(ClockState.NOT_DUE);
    }

    @Test
    @DisplayName("done wins over everything, overdue included")
    void done() {
        LocalDate due = LocalDate.of(2026, 12, 8);

        assertThat(IncidentClock.state(LocalDate.of(2027, 3, 1), null, due, true, 2))
                .isEqualTo(ClockState.DONE);
        assertThat(IncidentClock.state(LocalDate.of(2026, 12, 1), null, due, true, 2))
                .isEqualTo(ClockState.DONE);
    }

    @ParameterizedTest(name = "today {0} → {1}")
    @CsvSource({"2026-12-30, NOT_DUE", "2026-12-31, DUE_SOON", "2027-01-02, DUE_SOON", "2027-01-03, OVERDUE"})
    @DisplayName("a deadline without a warning day: not due until the alert")
    void noWarnDay(LocalDate today, ClockState expected) {
        assertThat(IncidentClock.state(today, null, LocalDate.of(2027, 1, 2), false, 2))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("alert 0: due soon only on the due day itself")
    void alertZero() {
        LocalDate due = LocalDate.of(2026, 12, 8);

        assertThat(IncidentClock.state(due.minusDays(1), null, due, false, 0)).isEqualTo(ClockState.NOT_DUE);
        assertThat(IncidentClock.state(due, null, due, false, 0)).isEqualTo(ClockState.DUE_SOON);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "2026-12-08, 2026-12-08, 0",
        "2026-12-03, 2026-12-08, 5",
        "2026-12-10, 2026-12-08, -2",
        "2026-12-31, 2027-01-02, 2"
    })
    @DisplayName("days left: 0 on the due day, negative after it")
    void daysLeft(LocalDate today, LocalDate due, long left) {
        assertThat(IncidentClock.daysLeft(today, due)).isEqualTo(left);
    }

    @Test
    @DisplayName("defaults: warning day 3, preliminary day 5, final 30 / 60 days, alert 2 days before")
    void settingsDefaults() {
        assertThat(DEFAULTS).isEqualTo(new ClockSettings(3, 5, 30, 60, 2));
        assertThat(ClockSettings.from(key -> Optional.empty())).isEqualTo(DEFAULTS);
    }

    @Test
    @DisplayName("the five keys are read; shorter periods than the law's are allowed")
    void settingsFrom() {
        Map<String, String> values = Map.of(
                "incident.clock.preliminaryWarnDay", "2",
                "incident.clock.preliminaryDueDay", "3",
                "incident.clock.finalDays", "20",
                "incident.clock.finalDaysMalicious", "45",
                "incident.clock.alertDaysBefore", "5");

        ClockSettings settings = ClockSettings.from(key -> Optional.ofNullable(values.get(key)));

        assertThat(settings).isEqualTo(new ClockSettings(2, 3, 20, 45, 5));
        assertThat(IncidentClock.deadlines(Instant.parse("2026-12-03T01:00:00Z"), TOKYO, Malice.YES, settings))
                .isEqualTo(new Deadlines(
                        LocalDate.of(2026, 12, 3),
                        LocalDate.of(2026, 12, 5),
                        LocalDate.of(2026, 12, 6),
                        LocalDate.of(2027, 1, 17)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "x", "-1", "61", "3.5", "99999999999999999999", "0x10"})
    @DisplayName("bad values take the defaults, without an exception")
    void settingsBad(String bad) {
        ClockSettings settings = ClockSettings.from(key -> Optional.of(bad));

        assertThat(settings).isEqualTo(DEFAULTS);
    }

    @Test
    @DisplayName("values beyond the law are refused one by one: 31 days final, 61 malicious, day 6 preliminary")
    void settingsBeyondTheLaw() {
        Map<String, String> values = Map.of(
                "incident.clock.preliminaryDueDay", "6",
                "incident.clock.finalDays", "31",
                "incident.clock.finalDaysMalicious", "61",
                "incident.clock.alertDaysBefore", "31");

        assertThat(ClockSettings.from(key -> Optional.ofNullable(values.get(key))))
                .isEqualTo(DEFAULTS);
    }

    @Test
    @DisplayName("an earlier due day brings the default warning day down with it; a warning after the due day is"
            + " refused")
    void settingsDependOnEachOther() {
        Map<String, String> earlyDue = Map.of("incident.clock.preliminaryDueDay", "2");
        Map<String, String> lateWarn =
                Map.of("incident.clock.preliminaryWarnDay", "5", "incident.clock.preliminaryDueDay", "4");
        Map<String, String> maliciousShorter =
                Map.of("incident.clock.finalDays", "20", "incident.clock.finalDaysMalicious", "10");

        assertThat(ClockSettings.from(key -> Optional.ofNullable(earlyDue.get(key))))
                .isEqualTo(new ClockSettings(2, 2, 30, 60, 2));
        assertThat(ClockSettings.from(key -> Optional.ofNullable(lateWarn.get(key))))
                .isEqualTo(new ClockSettings(3, 4, 30, 60, 2));
        assertThat(ClockSettings.from(key -> Optional.ofNullable(maliciousShorter.get(key))))
                .isEqualTo(new ClockSettings(3, 5, 20, 60, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "-1, 5, 30, 60, 2",
        "6, 5, 30, 60, 2",
        "3, 6, 30, 60, 2",
        "3, 5, 4, 60, 2",
        "3, 5, 31, 60, 2",
        "3, 5, 30, 29, 2",
        "3, 5, 30, 61, 2",
        "3, 5, 30, 60, -1",
        "3, 5, 30, 60, 31",
        "0, 0, 0, 60, 2"
    })
    @DisplayName("settings in code outside their ranges are refused")
    void settingsRefused(int warn, int due, int finalDays, int finalMalicious, int alert) {
        assertThatThrownBy(() -> new ClockSettings(warn, due, finalDays, finalMalicious, alert))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

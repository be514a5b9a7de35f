package jp.member.requests.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.member.requests.rules.RequestClock.Settings;
import jp.member.requests.rules.RequestClock.State;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The internal target for replying "without delay": counted from the day after receipt, warned before, overdue after. */
class RequestClockTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 3);

    @Test
    @DisplayName("received on 12-03 with the default 14 days: due on 12-17 (the day of receipt is not counted)")
    void dueDay() {
        assertThat(RequestClock.dueOn(RECEIVED, Settings.defaults())).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(RequestClock.dueOn(RECEIVED, new Settings(30, 5))).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @ParameterizedTest(name = "on {0}: {1} ({2} days left)")
    @CsvSource({
        "2026-12-03, ON_TRACK, 14",
        "2026-12-13, ON_TRACK, 4",
        "2026-12-14, DUE_SOON, 3",
        "2026-12-17, DUE_SOON, 0",
        "2026-12-18, OVERDUE, -1",
        "2027-02-01, OVERDUE, -46"
    })
    @DisplayName("where a request stands: warned 3 days before and on the due day, overdue the day after")
    void states(LocalDate today, State expected, long left) {
        LocalDate due = RequestClock.dueOn(RECEIVED, Settings.defaults());

        assertThat(RequestClock.state(today, due, false, Settings.defaults())).isEqualTo(expected);
        assertThat(RequestClock.daysLeft(today, due)).isEqualTo(left);
    }

    @Test
    @DisplayName("a reply sent is done, however late")
    void doneWhenReplied() {
        assertThat(RequestClock.state(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 12, 17), true, Settings.defaults()))
                .isEqualTo(State.DONE);
    }

    @Test
    @DisplayName("settings: configured values are used; missing, bad or out-of-range ones take the defaults, a warning"
            + " at or beyond the target is pulled inside it")
    void settings() {
        assertThat(Settings.from(key -> Optional.ofNullable(Map.of("request.targetDays", "10", "request.warnDays", "2")
                        .get(key))))
                .isEqualTo(new Settings(10, 2));
        assertThat(Settings.from(key -> Optional.empty())).isEqualTo(Settings.defaults());
        assertThat(Settings.from(key -> Optional.of("fourteen"))).isEqualTo(Settings.defaults());
        assertThat(Settings.from(
                        key -> Optional.ofNullable(Map.of("request.targetDays", "-3", "request.warnDays", "999")
                                .get(key))))
                .isEqualTo(Settings.defaults());
        assertThat(Settings.from(key -> Optional.ofNullable(Map.of("request.targetDays", "3", "request.warnDays", "5")
                        .get(key))))
                .isEqualTo(new Settings(3, 2));
        assertThatThrownBy(() -> new Settings(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}

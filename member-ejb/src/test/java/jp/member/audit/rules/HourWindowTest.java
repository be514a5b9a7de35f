package jp.member.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import jp.member.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A time-of-day window by whole hours: start included, end excluded, past midnight when it ends before it starts. */
class HourWindowTest {

    @ParameterizedTest(name = "{0}–{1} holds {2}: {3}")
    @CsvSource({
        "9, 18, 09:00, true",
        "9, 18, 17:59:59, true",
        "9, 18, 18:00, false",
        "9, 18, 08:59:59, false",
        "22, 6, 23:30, true",
        "22, 6, 00:00, true",
        "22, 6, 05:59:59, true",
        "22, 6, 06:00, false",
        "22, 6, 21:59, false",
        "0, 24, 00:00, true",
        "0, 24, 23:59:59, true",
        "23, 24, 23:00, true",
        "23, 24, 22:59, false"
    })
    @DisplayName("the start hour is in the window, the end hour is not; a window ending before it starts wraps")
    void contains(int from, int to, LocalTime time, boolean inside) {
        assertThat(new HourWindow(from, to).contains(time)).isEqualTo(inside);
    }

    @Test
    @DisplayName("no hours is no window; a missing start is midnight, a missing end the end of the day")
    void openEnds() {
        assertThat(HourWindow.of(null, null)).isNull();
        assertThat(HourWindow.of(null, 9)).isEqualTo(new HourWindow(0, 9));
        assertThat(HourWindow.of(18, null)).isEqualTo(new HourWindow(18, 24));
    }

    @ParameterizedTest(name = "{0}–{1}")
    @CsvSource({"9, 9", "-1, 5", "24, 5", "5, 0", "5, 25", "0, 0"})
    @DisplayName("the same hour at both ends or an hour out of range is refused with a message for the auditor")
    void refused(int from, int to) {
        assertThatThrownBy(() -> HourWindow.of(from, to))
                .isInstanceOf(BusinessException.class)
                .hasMessage("audit.hours.invalid");
        assertThatThrownBy(() -> new HourWindow(from, to)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the window in seconds of the day, and in one line for the trail's record of the search")
    void secondsAndText() {
        HourWindow night = new HourWindow(22, 6);

        assertThat(night.wraps()).isTrue();
        assertThat(night.startSecond()).isEqualTo(79_200);
        assertThat(night.endSecond()).isEqualTo(21_600);
        assertThat(new HourWindow(9, 24).endSecond()).isEqualTo(86_400);
        assertThat(night).hasToString("22-6");
    }
}

package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobSlotsTest {

    @Test
    @DisplayName("two instances' firings of one schedule, a few milliseconds apart, fall into the same slot")
    void firingsOfOneScheduleShareTheSlot() {
        Duration fiveSeconds = Duration.ofSeconds(5);
        Instant first = Instant.parse("2026-12-04T12:31:10.002Z");
        Instant second = Instant.parse("2026-12-04T12:31:10.250Z");
        assertThat(JobSlots.slotOf(first, fiveSeconds))
                .isEqualTo(JobSlots.slotOf(second, fiveSeconds))
                .isEqualTo(Instant.parse("2026-12-04T12:31:10Z"));
        assertThat(JobSlots.slotOf(Instant.parse("2026-12-04T12:31:14.999Z"), fiveSeconds))
                .isEqualTo(Instant.parse("2026-12-04T12:31:10Z"));
        assertThat(JobSlots.slotOf(Instant.parse("2026-12-04T12:31:15Z"), fiveSeconds))
                .isEqualTo(Instant.parse("2026-12-04T12:31:15Z"));
    }

    @Test
    @DisplayName("a nightly job's slot is the day: 04:15 in Tokyo on two instances is one slot, the next night another")
    void nightlySlots() {
        Duration day = Duration.ofDays(1);
        Instant tonight = Instant.parse("2026-12-04T19:15:00.010Z"); // 04:15 JST on 5 December
        Instant tonightLate = Instant.parse("2026-12-04T19:15:03Z");
        Instant tomorrow = Instant.parse("2026-12-05T19:15:00.010Z");
        assertThat(JobSlots.slotOf(tonight, day)).isEqualTo(JobSlots.slotOf(tonightLate, day));
        assertThat(JobSlots.slotOf(tomorrow, day)).isNotEqualTo(JobSlots.slotOf(tonight, day));
    }

    @Test
    @DisplayName("a period must be positive")
    void periodMustBePositive() {
        assertThatThrownBy(() -> JobSlots.slotOf(Instant.EPOCH, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package jp.member.members.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.member.members.boundary.RotationStatus.SealedCount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RotationStatusTest {

    @Test
    @DisplayName("what remains under older keys counts members and every other kind of sealed value")
    void remainingCountsBoth() {
        RotationStatus status = new RotationStatus(
                "k2",
                Map.of("k2", 900L, "k1", 100L),
                List.of(
                        new SealedCount("inquiryNotes", "k1", 7),
                        new SealedCount("inquiryNotes", "k2", 40),
                        new SealedCount("secondFactor", "k1", 3)));

        assertThat(status.remaining()).isEqualTo(110);
    }

    @Test
    @DisplayName("with no member left under an older key, inquiry notes still under it keep the rotation unfinished")
    void notesAloneRemain() {
        RotationStatus status =
                new RotationStatus("k2", Map.of("k2", 1000L), List.of(new SealedCount("inquiryNotes", "k1", 1)));

        assertThat(status.remaining()).isEqualTo(1);
    }

    @Test
    @DisplayName("nothing under an older key: nothing remains, and the keys are listed in order of their ids")
    void nothingRemains() {
        RotationStatus status =
                new RotationStatus("k2", Map.of("k3", 0L, "k2", 5L), List.of(new SealedCount("inquiryNotes", "k2", 2)));

        assertThat(status.remaining()).isZero();
        assertThat(status.membersByKey()).containsExactly(Map.entry("k2", 5L), Map.entry("k3", 0L));
    }
}

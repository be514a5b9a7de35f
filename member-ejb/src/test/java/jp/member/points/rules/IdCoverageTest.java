package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdCoverageTest {

    @Test
    @DisplayName("every id seen: nothing missing")
    void allSeen() {
        IdCoverage coverage = new IdCoverage(List.of(new IdRange(5, 9)));
        LongStream.rangeClosed(5, 9).forEach(coverage::seen);

        assertThat(coverage.missing()).containsExactly(List.of());
    }

    @Test
    @DisplayName("ids not seen at the start, in the middle and at the end are missing, as runs")
    void gaps() {
        IdCoverage coverage = new IdCoverage(List.of(new IdRange(1, 20)));
        for (long id : new long[] {4, 5, 6, 9, 12, 13, 17}) {
            coverage.seen(id);
        }

        assertThat(coverage.missing())
                .containsExactly(List.of(
                        new IdRange(1, 3),
                        new IdRange(7, 8),
                        new IdRange(10, 11),
                        new IdRange(14, 16),
                        new IdRange(18, 20)));
    }

    @Test
    @DisplayName("several ranges: what is missing is told per range, an unseen range whole")
    void severalRanges() {
        IdCoverage coverage = new IdCoverage(List.of(new IdRange(3, 3), new IdRange(10, 12), new IdRange(40, 45)));
        coverage.seen(11);
        coverage.seen(40);
        coverage.seen(45);

        assertThat(coverage.missing())
                .containsExactly(
                        List.of(new IdRange(3, 3)),
                        List.of(new IdRange(10, 10), new IdRange(12, 12)),
                        List.of(new IdRange(41, 44)));
    }

    @Test
    @DisplayName("an id outside the ranges, or not ascending, is refused")
    void refused() {
        IdCoverage outside = new IdCoverage(List.of(new IdRange(10, 12), new IdRange(20, 30)));
        IdCoverage twice = new IdCoverage(List.of(new IdRange(10, 12)));
        twice.seen(11);

        assertThatThrownBy(() -> outside.seen(15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twice.seen(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twice.seen(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ranges that overlap or descend are refused; no range at all misses nothing")
    void ranges() {
        assertThatThrownBy(() -> new IdCoverage(List.of(new IdRange(10, 20), new IdRange(20, 30))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdCoverage(List.of(new IdRange(30, 40), new IdRange(10, 20))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdCoverage(List.of()).missing()).isEmpty();
        assertThatThrownBy(() -> new IdRange(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdRange(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}

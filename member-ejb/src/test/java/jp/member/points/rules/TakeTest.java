package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TakeTest {

    @Test
    @DisplayName("a take of one point is the smallest take")
    void onePoint() {
        Take take = new Take(3, 1);

        assertThat(take.points()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    @DisplayName("a take of zero or negative points is refused")
    void notPositive(long points) {
        assertThatThrownBy(() -> new Take(3, points)).isInstanceOf(IllegalArgumentException.class);
    }
}

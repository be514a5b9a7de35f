package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InsufficientPointsExceptionTest {

    @Test
    @DisplayName("carries the points available and requested, and says both in its message")
    void carriesCounts() {
        InsufficientPointsException exception = new InsufficientPointsException(99, 100);

        assertThat(exception.available()).isEqualTo(99);
        assertThat(exception.requested()).isEqualTo(100);
        assertThat(exception)
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("99")
                .hasMessageContaining("100");
    }
}

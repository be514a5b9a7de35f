package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointsChangeTest {

    @ParameterizedTest
    @ValueSource(longs = {-Long.MAX_VALUE, -250, 0, 1, Long.MAX_VALUE})
    @DisplayName("any signed count that can be turned round is a change")
    void acceptsSigned(long value) {
        PointsChange change = PointsChange.of(value);

        assertThat(change.value()).isEqualTo(value);
        assertThat(new PointsChange(value)).isEqualTo(change);
    }

    @Test
    @DisplayName("Long.MIN_VALUE is refused: it could be neither turned round nor measured")
    void refusesMinValue() {
        assertThatThrownBy(() -> PointsChange.of(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PointsChange(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("adding and taking points give the positive and the negative change")
    void addingAndTaking() {
        assertThat(PointsChange.adding(Points.of(300))).isEqualTo(PointsChange.of(300));
        assertThat(PointsChange.taking(Points.of(250))).isEqualTo(PointsChange.of(-250));
        assertThat(PointsChange.taking(Points.ZERO)).isEqualTo(PointsChange.ZERO);
        assertThat(PointsChange.taking(Points.of(Long.MAX_VALUE)).value()).isEqualTo(-Long.MAX_VALUE);
        assertThatThrownBy(() -> PointsChange.adding(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("negate turns the change round; twice gives it back")
    void negate() {
        assertThat(PointsChange.of(-120).negate()).isEqualTo(PointsChange.of(120));
        assertThat(PointsChange.of(120).negate().negate()).isEqualTo(PointsChange.of(120));
        assertThat(PointsChange.ZERO.negate()).isEqualTo(PointsChange.ZERO);
        assertThat(PointsChange.of(Long.MAX_VALUE).negate().value()).isEqualTo(-Long.MAX_VALUE);
    }

    @Test
    @DisplayName("size is the count of points either way, as Points")
    void size() {
        assertThat(PointsChange.of(-250).size()).isEqualTo(Points.of(250));
        assertThat(PointsChange.of(250).size()).isEqualTo(Points.of(250));
        assertThat(PointsChange.ZERO.size()).isEqualTo(Points.ZERO);
        assertThat(PointsChange.of(-Long.MAX_VALUE).size()).isEqualTo(Points.of(Long.MAX_VALUE));
    }

    @Test
    @DisplayName("the sign tests: zero is neither positive nor negative")
    void signs() {
        assertThat(PointsChange.of(5).isPositive()).isTrue();
        assertThat(PointsChange.of(5).isNegative()).isFalse();
        assertThat(PointsChange.of(-5).isNegative()).isTrue();
        assertThat(PointsChange.of(-5).isPositive()).isFalse();
        assertThat(PointsChange.ZERO.isZero()).isTrue();
        assertThat(PointsChange.ZERO.isPositive()).isFalse();
        assertThat(PointsChange.ZERO.isNegative()).isFalse();
    }

    @Test
    @DisplayName("changes are equal by value; toString is the signed count alone")
    void equalityAndText() {
        assertThat(PointsChange.of(-7)).isEqualTo(new PointsChange(-7)).hasSameHashCodeAs(new PointsChange(-7));
        assertThat(PointsChange.of(-7)).isNotEqualTo(PointsChange.of(7));
        assertThat(PointsChange.of(-250)).hasToString("-250");
        assertThat(PointsChange.of(300)).hasToString("300");
    }

    @Test
    @DisplayName("a change is no count of points: the same number is not equal across the types")
    void notPoints() {
        assertThat((Object) PointsChange.of(5)).isNotEqualTo(Points.of(5));
    }
}

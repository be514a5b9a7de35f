package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 1_000, Long.MAX_VALUE})
    @DisplayName("zero and any positive count are points")
    void acceptsZeroAndPositive(long value) {
        Points points = Points.of(value);

        assertThat(points.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -1_000, Long.MIN_VALUE})
    @DisplayName("a negative count is refused, by the factory and by the constructor")
    void refusesNegative(long value) {
        assertThatThrownBy(() -> Points.of(value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Points(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ZERO is zero, not positive, and equal to Points.of(0)")
    void zero() {
        assertThat(Points.ZERO.value()).isZero();
        assertThat(Points.ZERO.isZero()).isTrue();
        assertThat(Points.ZERO.isPositive()).isFalse();
        assertThat(Points.of(0)).isEqualTo(Points.ZERO);
    }

    @Test
    @DisplayName("one point is positive and not zero")
    void onePoint() {
        Points one = Points.of(1);

        assertThat(one.isPositive()).isTrue();
        assertThat(one.isZero()).isFalse();
    }

    @Test
    @DisplayName("plus adds the counts")
    void plus() {
        Points sum = Points.of(120).plus(Points.of(30));

        assertThat(sum).isEqualTo(Points.of(150));
    }

    @Test
    @DisplayName("plus refuses to overflow instead of wrapping to a negative count")
    void plusOverflow() {
        Points most = Points.of(Long.MAX_VALUE);

        assertThatThrownBy(() -> most.plus(Points.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("minus subtracts, down to exactly zero")
    void minus() {
        assertThat(Points.of(150).minus(Points.of(30))).isEqualTo(Points.of(120));
        assertThat(Points.of(150).minus(Points.of(150))).isEqualTo(Points.ZERO);
    }

    @Test
    @DisplayName("minus refuses to go below zero, even by one point")
    void minusRefusesNegative() {
        Points balance = Points.of(100);

        assertThatThrownBy(() -> balance.minus(Points.of(101)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101")
                .hasMessageContaining("100");
    }

    @Test
    @DisplayName("min is the smaller of the two, either way round")
    void min() {
        assertThat(Points.of(5).min(Points.of(9))).isEqualTo(Points.of(5));
        assertThat(Points.of(9).min(Points.of(5))).isEqualTo(Points.of(5));
        assertThat(Points.of(7).min(Points.of(7))).isEqualTo(Points.of(7));
    }

    @Test
    @DisplayName("points compare by count and sort ascending")
    void compareTo() {
        List<Points> points = new ArrayList<>(List.of(Points.of(30), Points.ZERO, Points.of(5)));

        Collections.sort(points);

        assertThat(points).containsExactly(Points.ZERO, Points.of(5), Points.of(30));
        assertThat(Points.of(5)).isLessThan(Points.of(6)).isEqualByComparingTo(Points.of(5));
    }

    @Test
    @DisplayName("toString is the count alone, as pages, logs and audit details show it")
    void toStringIsTheCount() {
        assertThat(Points.of(120)).hasToString("120");
        assertThat(Points.ZERO).hasToString("0");
    }

    @Test
    @DisplayName("points are equal by value")
    void equalByValue() {
        assertThat(new Points(42)).isEqualTo(Points.of(42)).hasSameHashCodeAs(Points.of(42));
    }
}

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

class YenTest {

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -12_345, 0, 1, 100_000_000, Long.MAX_VALUE})
    @DisplayName("any whole amount is yen, a refund's negative one included")
    void acceptsSigned(long value) {
        Yen yen = Yen.of(value);

        assertThat(yen.value()).isEqualTo(value);
    }

    @Test
    @DisplayName("ZERO is zero, neither positive nor negative, and equal to Yen.of(0)")
    void zero() {
        assertThat(Yen.of(0)).isEqualTo(Yen.ZERO);
        assertThat(Yen.ZERO.isPositive()).isFalse();
        assertThat(Yen.ZERO.isNegative()).isFalse();
        assertThat(Yen.of(1).isPositive()).isTrue();
        assertThat(Yen.of(-1).isNegative()).isTrue();
    }

    @Test
    @DisplayName("plus adds, across zero too")
    void plus() {
        assertThat(Yen.of(10_000).plus(Yen.of(-2_500))).isEqualTo(Yen.of(7_500));
        assertThat(Yen.of(-100).plus(Yen.of(100))).isEqualTo(Yen.ZERO);
    }

    @Test
    @DisplayName("plus refuses to overflow either way instead of wrapping round")
    void plusOverflow() {
        assertThatThrownBy(() -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Yen.of(Long.MIN_VALUE).plus(Yen.of(-1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("negate gives the refund of a purchase and back; the one amount without an opposite is refused")
    void negate() {
        assertThat(Yen.of(1_299).negate()).isEqualTo(Yen.of(-1_299));
        assertThat(Yen.of(-1_299).negate()).isEqualTo(Yen.of(1_299));
        assertThat(Yen.ZERO.negate()).isEqualTo(Yen.ZERO);
        assertThatThrownBy(() -> Yen.of(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("amounts compare and sort by value, negative first")
    void compareTo() {
        List<Yen> amounts = new ArrayList<>(List.of(Yen.of(50_000), Yen.of(-1), Yen.ZERO));

        Collections.sort(amounts);

        assertThat(amounts).containsExactly(Yen.of(-1), Yen.ZERO, Yen.of(50_000));
        assertThat(Yen.of(49_999)).isLessThan(Yen.of(50_000));
    }

    @Test
    @DisplayName("amounts are equal by value; toString is the amount alone")
    void equalityAndText() {
        assertThat(new Yen(1_000)).isEqualTo(Yen.of(1_000)).hasSameHashCodeAs(Yen.of(1_000));
        assertThat(Yen.of(12_345)).hasToString("12345");
        assertThat(Yen.of(-12_345)).hasToString("-12345");
    }

    @Test
    @DisplayName("yen are no points: the same number is not equal across the types")
    void notPoints() {
        assertThat((Object) Yen.of(100)).isNotEqualTo(Points.of(100));
    }
}

package jp.member.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScrambleTest {

    /**
     * Checks the first ten million indexes exhaustively, the range the import benchmark needs; the rest of the range
     * is a permutation by the Feistel construction, and checking all of it would cost seconds of random memory access.
     */
    @Test
    @DisplayName(
            "the first 10,000,000 indexes map into 0..99,999,999 without a collision (phone and e-mail uniqueness)")
    void isInjective() {
        Scramble scramble = new Scramble(42);
        BitSet seen = new BitSet(Scramble.SIZE);
        int collisions = 0;

        for (int value = 0; value < 10_000_000; value++) {
            int image = scramble.apply(value);
            if (image < 0 || image >= Scramble.SIZE || seen.get(image)) {
                collisions++;
            } else {
                seen.set(image);
            }
        }

        assertThat(collisions).isZero();
    }

    @Test
    @DisplayName("neighbouring indexes do not get neighbouring values")
    void hidesSequence() {
        Scramble scramble = new Scramble(42);

        long neighbours = IntStream.range(0, 10_000)
                .filter(i -> Math.abs(scramble.apply(i + 1) - scramble.apply(i)) <= 1)
                .count();

        assertThat(neighbours).isZero();
    }

    @Test
    @DisplayName("different keys give different permutations")
    void keyMatters() {
        Scramble one = new Scramble(1);
        Scramble two = new Scramble(2);

        long same = IntStream.range(0, 10_000)
                .filter(i -> one.apply(i) == two.apply(i))
                .count();

        assertThat(same).isLessThan(5);
    }
}

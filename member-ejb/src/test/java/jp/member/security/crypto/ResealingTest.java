package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Key rotation's work on one batch of sealed values, and the count of values by key. */
class ResealingTest {

    private static final String AAD = "inquiry_notes:INQ-20261203-0001";

    /** Before the rotation: only k1. */
    private final FieldCipher before = new FieldCipher(TestKeyRings.of("k1"));

    /** After step 1 of the rotation: k2 in front, k1 still in the ring. */
    private final FieldCipher after = new FieldCipher(TestKeyRings.of("k2", "k1"));

    @Test
    @DisplayName("a value under the older key is sealed again with the current one and opens to the same text")
    void resealsOlderKey() {
        byte[] old = before.seal("折り返し希望、夕方以降", AAD);
        Resealing resealing = new Resealing(after);

        byte[] fresh = resealing.reseal(old, AAD, "notes of inquiry id 1");

        assertThat(FieldCipher.keyIdOf(fresh)).isEqualTo("k2");
        assertThat(new FieldCipher(TestKeyRings.of("k2")).open(fresh, AAD)).isEqualTo("折り返し希望、夕方以降");
        assertThat(resealing.done(1)).isEqualTo(new SealedValues.Batch(1, 0, 1));
    }

    @Test
    @DisplayName("a value under the current key, a null and bytes not in sealed form are left alone and not counted")
    void leavesOthersAlone() {
        byte[] current = after.seal("本人確認済み", AAD);
        byte[] notSealed = {9, 9, 9};
        Resealing resealing = new Resealing(after);

        assertThat(resealing.reseal(current, AAD, "a")).isSameAs(current);
        assertThat(resealing.reseal(null, AAD, "b")).isNull();
        assertThat(resealing.reseal(notSealed, AAD, "c")).isSameAs(notSealed);
        assertThat(resealing.done(7)).isEqualTo(new SealedValues.Batch(0, 0, 7));
    }

    @Test
    @DisplayName("a value under a key the ring lost, or bound elsewhere, is counted as unreadable and kept as it was")
    void countsUnreadable() {
        byte[] lostKey = new FieldCipher(TestKeyRings.of("lost")).seal("メモ", AAD);
        byte[] movedHere = before.seal("メモ", "inquiry_notes:INQ-20261203-0002");
        byte[] lostCopy = Arrays.copyOf(lostKey, lostKey.length);
        Resealing resealing = new Resealing(after);

        assertThat(resealing.reseal(lostKey, AAD, "notes of inquiry id 3")).isEqualTo(lostCopy);
        assertThat(resealing.reseal(movedHere, AAD, "notes of inquiry id 4")).isSameAs(movedHere);
        assertThat(resealing.reseal(before.seal("メモ", AAD), AAD, "notes of inquiry id 5"))
                .satisfies(v -> assertThat(FieldCipher.keyIdOf(v)).isEqualTo("k2"));
        assertThat(resealing.done(5)).isEqualTo(new SealedValues.Batch(1, 2, 5));
    }

    @Test
    @DisplayName("values are counted by the key that sealed them; nulls and bytes not in sealed form are not counted")
    void tally() {
        Map<String, Long> byKey = SealedValues.tally(
                Stream.of(before.seal("a", AAD), after.seal("b", AAD), after.seal("c", AAD), null, new byte[] {1, 0}));

        assertThat(byKey).containsExactly(Map.entry("k1", 1L), Map.entry("k2", 2L));
    }
}

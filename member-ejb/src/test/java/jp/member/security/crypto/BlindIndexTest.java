package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private static final int RANGE = 1 << 20;
    private static final List<String> PHONES = IntStream.range(0, 1000)
            .mapToObj(i -> String.format("090%08d", 12_340_000 + i * 7))
            .toList();

    private final BlindIndex index = new BlindIndex(TestKeyRings.of("k1"));

    @Test
    @DisplayName("the same purpose and value always give the same index, also from another instance")
    void deterministic() {
        BlindIndex other = new BlindIndex(TestKeyRings.of("k1"));

        assertThat(index.of("phone", "09012345678")).isEqualTo(index.of("phone", "09012345678"));
        assertThat(other.of("phone", "09012345678")).isEqualTo(index.of("phone", "09012345678"));
    }

    @Test
    @DisplayName("the index is the first 20 bits of HMAC-SHA256(index key, purpose, 0x00, value)")
    void documentedConstruction() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestKeyRings.keyBytes("index"), "HmacSHA256"));
        mac.update("email".getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] h = mac.doFinal("hanako@example.jp".getBytes(StandardCharsets.UTF_8));
        int expected = ((h[0] & 0xff) << 12) | ((h[1] & 0xff) << 4) | ((h[2] & 0xff) >>> 4);

        assertThat(index.of("email", "hanako@example.jp")).isEqualTo(expected);
    }

    @Test
    @DisplayName("every index lies in [0, 2^20) and 1000 values spread over the range")
    void withinRange() {
        Set<Integer> seen = new HashSet<>();

        for (String phone : PHONES) {
            int value = index.of("phone", phone);
            assertThat(value).isBetween(0, RANGE - 1);
            seen.add(value);
        }

        assertThat(seen).hasSizeGreaterThan(990);
    }

    @Test
    @DisplayName("different purposes give different indexes for the same value in at least 99% of 1000 cases")
    void purposesAreUnrelated() {
        long same = PHONES.stream()
                .filter(v -> index.of("phone", v).equals(index.of("email", v)))
                .count();

        assertThat(same).isLessThanOrEqualTo(10);
    }

    @Test
    @DisplayName("another index key gives different indexes in at least 99% of 1000 cases")
    void indexKeyMatters() {
        BlindIndex otherKey = new BlindIndex(TestKeyRings.withIndexKey("other index", "k1"));

        long same = PHONES.stream()
                .filter(v -> index.of("phone", v).equals(otherKey.of("phone", v)))
                .count();

        assertThat(same).isLessThanOrEqualTo(10);
    }

    @Test
    @DisplayName("rotating the data keys does not change the indexes")
    void dataKeysDoNotMatter() {
        BlindIndex rotated = new BlindIndex(TestKeyRings.of("k2", "k1"));

        assertThat(rotated.of("phone", "09012345678")).isEqualTo(index.of("phone", "09012345678"));
    }

    @Test
    @DisplayName("null stays null")
    void nullStaysNull() {
        assertThat(index.of("phone", null)).isNull();
    }
}

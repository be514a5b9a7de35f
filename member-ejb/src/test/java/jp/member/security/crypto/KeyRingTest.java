package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRingTest {

    private static final String KEY_A = TestKeyRings.keyBase64("a");
    private static final String KEY_B = TestKeyRings.keyBase64("b");
    private static final String KEY_C = TestKeyRings.keyBase64("c");
    private static final String INDEX = TestKeyRings.keyBase64("index");
    private static final String SHORT_KEY = Base64.getEncoder().encodeToString(new byte[16]);
    private static final String NOT_BASE64 = "not*base64*" + KEY_A.substring(11);

    @Test
    @DisplayName("parse: one data key becomes the current key, the index key is kept apart")
    void parseOneKey() {
        KeyRing ring = KeyRing.parse("k1:" + KEY_A, INDEX);

        assertThat(ring.currentKeyId()).isEqualTo("k1");
        assertThat(ring.dataKeyIds()).containsExactly("k1");
        assertThat(ring.current().getAlgorithm()).isEqualTo("AES");
        assertThat(ring.current().getEncoded()).isEqualTo(TestKeyRings.keyBytes("a"));
        assertThat(ring.indexKey().getAlgorithm()).isEqualTo("HmacSHA256");
        assertThat(ring.indexKey().getEncoded()).isEqualTo(TestKeyRings.keyBytes("index"));
    }

    @Test
    @DisplayName("parse: with several data keys the first is current and every id keeps its own key")
    void parseSeveralKeys() {
        KeyRing ring = KeyRing.parse("k-2026:" + KEY_C + ",k_2025:" + KEY_B + ",K2024:" + KEY_A, INDEX);

        assertThat(ring.currentKeyId()).isEqualTo("k-2026");
        assertThat(ring.current().getEncoded()).isEqualTo(TestKeyRings.keyBytes("c"));
        assertThat(ring.dataKeyIds()).containsExactlyInAnyOrder("k-2026", "k_2025", "K2024");
        assertThat(ring.dataKey("k_2025").getEncoded()).isEqualTo(TestKeyRings.keyBytes("b"));
        assertThat(ring.dataKey("K2024").getEncoded()).isEqualTo(TestKeyRings.keyBytes("a"));
        assertThat(ring.dataKey("k2023")).isNull();
    }

    @Test
    @DisplayName("parse: spaces around ids, keys and entries are ignored")
    void parseIgnoresSpaces() {
        KeyRing ring = KeyRing.parse(" new : " + KEY_B + " , old:" + KEY_A + " ", " " + INDEX + " ");

        assertThat(ring.currentKeyId()).isEqualTo("new");
        assertThat(ring.dataKeyIds()).containsExactlyInAnyOrder("new", "old");
        assertThat(ring.indexKey().getEncoded()).isEqualTo(TestKeyRings.keyBytes("index"));
    }

    @Test
    @DisplayName("parse: an id of 16 characters is accepted")
    void parseLongestId() {
        KeyRing ring = KeyRing.parse("abcdefghijklmnop:" + KEY_A, INDEX);

        assertThat(ring.currentKeyId()).isEqualTo("abcdefghijklmnop");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    @DisplayName("parse: refuses missing data keys")
    void refusesMissingDataKeys(String dataKeys) {
        IllegalArgumentException e =
                catchThrowableOfType(IllegalArgumentException.class, () -> KeyRing.parse(dataKeys, INDEX));

        assertThat(e).hasMessageContaining("member.data.keys");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    @DisplayName("parse: refuses a missing index key")
    void refusesMissingIndexKey(String indexKey) {
        IllegalArgumentException e =
                catchThrowableOfType(IllegalArgumentException.class, () -> KeyRing.parse("k1:" + KEY_A, indexKey));

        assertThat(e).hasMessageContaining("member.index.key");
    }

    static Stream<Arguments> malformedDataKeys() {
        return Stream.of(
                Arguments.of("entry without id", KEY_A, KEY_A),
                Arguments.of("empty id", ":" + KEY_A, KEY_A),
                Arguments.of("id with a dot", "k.1:" + KEY_A, KEY_A),
                Arguments.of("id with a space inside", "k 1:" + KEY_A, KEY_A),
                Arguments.of("id with a full-width letter", "ｋ1:" + KEY_A, KEY_A),
                Arguments.of("id of 17 characters", "abcdefghijklmnopq:" + KEY_A, KEY_A),
                Arguments.of("empty entry between two", "k1:" + KEY_A + ",,k2:" + KEY_B, KEY_A),
                Arguments.of("duplicate id", "k1:" + KEY_A + ",k1:" + KEY_B, KEY_B),
                Arguments.of("key that is not base64", "k1:" + NOT_BASE64, NOT_BASE64),
                Arguments.of("url-safe base64 instead of base64", "k1:" + urlSafeKeyWithDash(), urlSafeKeyWithDash()),
                Arguments.of("key of 16 bytes", "k1:" + SHORT_KEY, SHORT_KEY),
                Arguments.of("empty key", "k1:", KEY_A),
                Arguments.of("second key of 16 bytes", "k1:" + KEY_A + ",k2:" + SHORT_KEY, SHORT_KEY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDataKeys")
    @DisplayName("parse: refuses malformed data keys without echoing the key material")
    void refusesMalformedDataKeys(String description, String dataKeys, String keyMaterial) {
        IllegalArgumentException e =
                catchThrowableOfType(IllegalArgumentException.class, () -> KeyRing.parse(dataKeys, INDEX));

        assertThat(e).hasMessageContaining("member.data.keys");
        assertNoKeyMaterial(e, keyMaterial);
        assertNoKeyMaterial(e, KEY_A);
    }

    static Stream<Arguments> malformedIndexKeys() {
        return Stream.of(
                Arguments.of("not base64", NOT_BASE64),
                Arguments.of("16 bytes", SHORT_KEY),
                Arguments.of("64 bytes", Base64.getEncoder().encodeToString(new byte[64])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedIndexKeys")
    @DisplayName("parse: refuses a malformed index key without echoing the key material")
    void refusesMalformedIndexKey(String description, String indexKey) {
        IllegalArgumentException e =
                catchThrowableOfType(IllegalArgumentException.class, () -> KeyRing.parse("k1:" + KEY_A, indexKey));

        assertThat(e).hasMessageContaining("member.index.key");
        assertNoKeyMaterial(e, indexKey);
        assertNoKeyMaterial(e, KEY_A);
    }

    @Test
    @DisplayName("demo: fixed keys under the id 'demo', the same on every call")
    void demoIsDeterministic() {
        KeyRing first = KeyRing.demo();
        KeyRing second = KeyRing.demo();

        assertThat(first.currentKeyId()).isEqualTo("demo");
        assertThat(first.dataKeyIds()).containsExactly("demo");
        assertThat(first.current().getEncoded())
                .hasSize(32)
                .isEqualTo(second.current().getEncoded());
        assertThat(first.indexKey().getEncoded())
                .hasSize(32)
                .isEqualTo(second.indexKey().getEncoded());
        assertThat(first.indexKey().getEncoded()).isNotEqualTo(first.current().getEncoded());
    }

    @Test
    @DisplayName("demo: a value sealed with one demo ring opens with another")
    void demoRingsAreInterchangeable() {
        byte[] sealed = new FieldCipher(KeyRing.demo()).seal("デモ", "column|ref");

        String opened = new FieldCipher(KeyRing.demo()).open(sealed, "column|ref");

        assertThat(opened).isEqualTo("デモ");
    }

    /** A valid 32-byte key whose url-safe base64 contains '-' or '_', which the basic alphabet refuses. */
    private static String urlSafeKeyWithDash() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 0xfb);
        return Base64.getUrlEncoder().encodeToString(key);
    }

    /** Neither the message nor any cause's message may contain the key material or a long piece of it. */
    private static void assertNoKeyMaterial(Throwable e, String keyMaterial) {
        String material = keyMaterial.strip();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertThat(message).doesNotContain(material);
            if (material.length() >= 16) {
                assertThat(message).doesNotContain(material.substring(0, 16));
                assertThat(message).doesNotContain(material.substring(material.length() - 16));
            }
        }
    }

    @Test
    @DisplayName("the audit key: stable for one index key, different for another, never the index key itself")
    void auditKeyDerivedFromIndexKey() {
        KeyRing ring = TestKeyRings.of("k1");

        assertThat(ring.auditKey().getEncoded())
                .isEqualTo(TestKeyRings.of("k2").auditKey().getEncoded());
        assertThat(ring.auditKey().getEncoded())
                .isNotEqualTo(
                        TestKeyRings.withIndexKey("other", "k1").auditKey().getEncoded())
                .isNotEqualTo(ring.indexKey().getEncoded())
                .hasSize(32);
    }
}

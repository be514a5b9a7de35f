package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

    private static final String AAD = "name_kanji|ref-0001";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;

    private final FieldCipher cipher = new FieldCipher(TestKeyRings.of("k1"));

    @Test
    @DisplayName("seal then open gives back Japanese text, including a character outside the BMP")
    void roundTripJapanese() {
        String text = "𠮷田　花子（東京都千代田区）";

        String opened = cipher.open(cipher.seal(text, AAD), AAD);

        assertThat(opened).isEqualTo(text);
    }

    @Test
    @DisplayName("the empty string stays the empty string, not null")
    void roundTripEmpty() {
        String opened = cipher.open(cipher.seal("", AAD), AAD);

        assertThat(opened).isEmpty();
    }

    @Test
    @DisplayName("null is sealed as null and opened as null")
    void nullStaysNull() {
        assertThat(cipher.seal(null, AAD)).isNull();
        assertThat(cipher.open(null, AAD)).isNull();
    }

    @Test
    @DisplayName("two seals of the same value differ (random nonce) and both open")
    void sealsAreRandomised() {
        String first = cipher.seal("ヤマダ　ハナコ", AAD);
        String second = cipher.seal("ヤマダ　ハナコ", AAD);

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(payload(first), NONCE_BYTES))
                .isNotEqualTo(Arrays.copyOf(payload(second), NONCE_BYTES));
        assertThat(cipher.open(first, AAD)).isEqualTo("ヤマダ　ハナコ");
        assertThat(cipher.open(second, AAD)).isEqualTo("ヤマダ　ハナコ");
    }

    @Test
    @DisplayName("the sealed form is v1.<current key id>.<base64url of nonce, ciphertext and tag>")
    void envelopeFormat() {
        String plaintext = "ヤマダ"; // 9 bytes in UTF-8

        String sealed = new FieldCipher(TestKeyRings.of("k-2026", "k-2025")).seal(plaintext, AAD);

        assertThat(sealed).startsWith("v1.k-2026.");
        String encoded = sealed.substring("v1.k-2026.".length());
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(encoded)).hasSize(NONCE_BYTES + 9 + TAG_BYTES);
    }

    @ParameterizedTest(name = "{0}, bit {2}")
    @CsvSource({
        "first nonce byte,       0,   0",
        "last nonce byte,       11,   7",
        "first ciphertext byte, 12,   3",
        "last ciphertext byte,  -17,  5",
        "first tag byte,        -16,  1",
        "last tag byte,          -1,  7"
    })
    @DisplayName("flipping one bit of nonce, ciphertext or tag makes open() throw TamperedException")
    void bitFlipIsDetected(String part, int position, int bit) {
        String sealed = cipher.seal("ヤマダ　タロウ", AAD);
        byte[] payload = payload(sealed);
        int index = position >= 0 ? position : payload.length + position;
        payload[index] ^= (byte) (1 << bit);
        String tampered = withPayload(sealed, payload);

        assertThatThrownBy(() -> cipher.open(tampered, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("no single-bit change anywhere in the payload opens")
    void everyBitFlipIsDetected() {
        String sealed = cipher.seal("ヤマダ", AAD);
        byte[] original = payload(sealed);
        List<String> opened = new ArrayList<>();

        for (int i = 0; i < original.length * 8; i++) {
            byte[] payload = original.clone();
            payload[i / 8] ^= (byte) (1 << (i % 8));
            try {
                cipher.open(withPayload(sealed, payload), AAD);
                opened.add("bit " + i);
            } catch (TamperedException expected) {
                // the tamper was detected
            }
        }

        assertThat(opened).isEmpty();
    }

    @Test
    @DisplayName("a value does not open under other associated data (moved to another column or record)")
    void otherAssociatedDataIsRefused() {
        String sealed = cipher.seal("09012345678", "phone|ref-0001");

        assertThatThrownBy(() -> cipher.open(sealed, "phone|ref-0002")).isExactlyInstanceOf(TamperedException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "email|ref-0001")).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("rotation: a value sealed under key A opens with ring [B (current), A] and names A")
    void oldKeyStillOpens() {
        String sealedUnderA = new FieldCipher(TestKeyRings.of("A")).seal("千代田区", AAD);
        FieldCipher rotated = new FieldCipher(TestKeyRings.of("B", "A"));

        String opened = rotated.open(sealedUnderA, AAD);

        assertThat(opened).isEqualTo("千代田区");
        assertThat(FieldCipher.keyIdOf(sealedUnderA)).isEqualTo("A");
        assertThat(FieldCipher.keyIdOf(rotated.seal("千代田区", AAD))).isEqualTo("B");
        assertThat(rotated.currentKeyId()).isEqualTo("B");
    }

    @Test
    @DisplayName("rotation: a ring that no longer holds key A refuses values sealed under A")
    void retiredKeyIsRefused() {
        String sealedUnderA = new FieldCipher(TestKeyRings.of("A")).seal("千代田区", AAD);
        FieldCipher withoutA = new FieldCipher(TestKeyRings.of("B"));

        assertThatThrownBy(() -> withoutA.open(sealedUnderA, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("a different key under the same id does not open the value")
    void sameIdOtherKeyIsRefused() {
        String sealed = cipher.seal("千代田区", AAD);
        FieldCipher impostor = new FieldCipher(
                KeyRing.parse("k1:" + TestKeyRings.keyBase64("other"), TestKeyRings.keyBase64("index")));

        assertThatThrownBy(() -> impostor.open(sealed, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ".",
                "..",
                "v2.x.y",
                "v1.k",
                "v1.k.!!!",
                "v1.k.",
                "v1.k.AAAA",
                "v1.k.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "v1.k.a.b",
                "v1..AAAA",
                "v1.missing.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "V1.k.AAAA",
                " v1.k.AAAA",
                "v1.k.A"
            })
    @DisplayName("garbage throws TamperedException and never another exception type")
    void garbageIsTampered(String garbage) {
        FieldCipher ringWithK = new FieldCipher(TestKeyRings.of("k"));

        assertThatThrownBy(() -> ringWithK.open(garbage, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("a value cut short does not open")
    void truncatedIsTampered() {
        String sealed = cipher.seal("ヤマダ　タロウ", AAD);

        for (int cut = 1; cut <= 4; cut++) {
            String truncated = sealed.substring(0, sealed.length() - cut);
            assertThatThrownBy(() -> cipher.open(truncated, AAD)).isExactlyInstanceOf(TamperedException.class);
        }
    }

    @Test
    @DisplayName("keyIdOf returns an empty id for a value that is not in the sealed form")
    void keyIdOfGarbage() {
        assertThat(FieldCipher.keyIdOf("v1.k1")).isEmpty();
        assertThat(FieldCipher.keyIdOf("")).isEmpty();
    }

    private static byte[] payload(String sealed) {
        return Base64.getUrlDecoder().decode(sealed.substring(sealed.lastIndexOf('.') + 1));
    }

    private static String withPayload(String sealed, byte[] payload) {
        return sealed.substring(0, sealed.lastIndexOf('.') + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }
}

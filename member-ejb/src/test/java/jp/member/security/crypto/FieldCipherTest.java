package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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
        byte[] first = cipher.seal("ヤマダ　ハナコ", AAD);
        byte[] second = cipher.seal("ヤマダ　ハナコ", AAD);

        assertThat(first).isNotEqualTo(second);
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(cipher.open(first, AAD)).isEqualTo("ヤマダ　ハナコ");
        assertThat(cipher.open(second, AAD)).isEqualTo("ヤマダ　ハナコ");
    }

    @Test
    @DisplayName("the sealed form is version 1, key id length, current key id, nonce, then ciphertext and tag")
    void envelopeFormat() {
        String plaintext = "ヤマダ"; // 9 bytes in UTF-8

        byte[] sealed = new FieldCipher(TestKeyRings.of("k-2026", "k-2025")).seal(plaintext, AAD);

        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed[1]).isEqualTo((byte) 6);
        assertThat(Arrays.copyOfRange(sealed, 2, 8)).isEqualTo("k-2026".getBytes(StandardCharsets.US_ASCII));
        assertThat(sealed).hasSize(2 + 6 + NONCE_BYTES + 9 + TAG_BYTES);
        assertThat(FieldCipher.keyIdOf(sealed)).isEqualTo("k-2026");
    }

    @Test
    @DisplayName("a sealed phone number carries no encoding overhead: header, nonce, ciphertext and tag only")
    void phoneIsCompact() {
        String phone = "09012345678"; // 11 bytes in UTF-8

        byte[] sealed = cipher.seal(phone, "phone|ref-0001");

        assertThat(sealed.length).isLessThanOrEqualTo(2 + "k1".length() + NONCE_BYTES + 11 + TAG_BYTES);
        assertThat(cipher.open(sealed, "phone|ref-0001")).isEqualTo(phone);
    }

    /** Positions in a value sealed under "k1": version 0, length 1, key id 2-3, nonce 4-15, then ciphertext, tag. */
    @ParameterizedTest(name = "{0}, bit {2}")
    @CsvSource({
        "version byte,           0,   0",
        "key id length,          1,   1",
        "first key id byte,      2,   0",
        "last key id byte,       3,   2",
        "first nonce byte,       4,   0",
        "last nonce byte,       15,   7",
        "first ciphertext byte, 16,   3",
        "last ciphertext byte,  -17,  5",
        "first tag byte,        -16,  1",
        "last tag byte,          -1,  7"
    })
    @DisplayName("flipping one bit of header, nonce, ciphertext or tag makes open() throw TamperedException")
    void bitFlipIsDetected(String part, int position, int bit) {
        byte[] tampered = cipher.seal("ヤマダ　タロウ", AAD);
        int index = position >= 0 ? position : tampered.length + position;
        tampered[index] ^= (byte) (1 << bit);

        assertThatThrownBy(() -> cipher.open(tampered, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("no single-bit change anywhere in the sealed value opens")
    void everyBitFlipIsDetected() {
        byte[] original = cipher.seal("ヤマダ", AAD);
        List<String> opened = new ArrayList<>();

        for (int i = 0; i < original.length * 8; i++) {
            byte[] tampered = original.clone();
            tampered[i / 8] ^= (byte) (1 << (i % 8));
            try {
                cipher.open(tampered, AAD);
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
        byte[] sealed = cipher.seal("09012345678", "phone|ref-0001");

        assertThatThrownBy(() -> cipher.open(sealed, "phone|ref-0002")).isExactlyInstanceOf(TamperedException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "email|ref-0001")).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("rotation: a value sealed under key A opens with ring [B (current), A] and names A")
    void oldKeyStillOpens() {
        byte[] sealedUnderA = new FieldCipher(TestKeyRings.of("A")).seal("千代田区", AAD);
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
        byte[] sealedUnderA = new FieldCipher(TestKeyRings.of("A")).seal("千代田区", AAD);
        FieldCipher withoutA = new FieldCipher(TestKeyRings.of("B"));

        assertThatThrownBy(() -> withoutA.open(sealedUnderA, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    @Test
    @DisplayName("a different key under the same id does not open the value")
    void sameIdOtherKeyIsRefused() {
        byte[] sealed = cipher.seal("千代田区", AAD);
        FieldCipher impostor = new FieldCipher(
                KeyRing.parse("k1:" + TestKeyRings.keyBase64("other"), TestKeyRings.keyBase64("index")));

        assertThatThrownBy(() -> impostor.open(sealed, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    @DisplayName("garbage throws TamperedException and never another exception type")
    void garbageIsTampered(byte[] garbage) {
        FieldCipher ringWithK = new FieldCipher(TestKeyRings.of("k"));

        assertThatThrownBy(() -> ringWithK.open(garbage, AAD)).isExactlyInstanceOf(TamperedException.class);
    }

    static Stream<Named<byte[]>> garbage() {
        byte[] room = new byte[NONCE_BYTES + TAG_BYTES];
        return Stream.of(
                Named.of("empty", new byte[0]),
                Named.of("version only", new byte[] {1}),
                Named.of("version and length only", new byte[] {1, 1}),
                Named.of("key id cut short", bytes(new byte[] {1, 4}, ascii("k"))),
                Named.of("version 0", bytes(new byte[] {0, 1}, ascii("k"), room)),
                Named.of("version 2", bytes(new byte[] {2, 1}, ascii("k"), room)),
                Named.of("version as text", bytes(ascii("v1.k."), room)),
                Named.of("key id length 0", bytes(new byte[] {1, 0}, room)),
                Named.of("key id length 17", bytes(new byte[] {1, 17}, ascii("k".repeat(17)), room)),
                Named.of("key id length negative", bytes(new byte[] {1, (byte) 0xff}, ascii("k"), room)),
                Named.of("key id not ASCII", bytes(new byte[] {1, 1, (byte) 0xe3}, room)),
                Named.of("key id with a dot", bytes(new byte[] {1, 2}, ascii("k."), room)),
                Named.of("unknown key id", bytes(new byte[] {1, 7}, ascii("missing"), room)),
                Named.of("one byte too short for nonce and tag", bytes(new byte[] {1, 1}, ascii("k"), new byte[27])),
                Named.of("zeros where nonce and tag belong", bytes(new byte[] {1, 1}, ascii("k"), room)),
                Named.of("zeros with a ciphertext", bytes(new byte[] {1, 1}, ascii("k"), new byte[64])));
    }

    @Test
    @DisplayName("a value cut short by any number of bytes does not open")
    void truncatedIsTampered() {
        byte[] sealed = cipher.seal("ヤマダ　タロウ", AAD);

        for (int length = 0; length < sealed.length; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> cipher.open(truncated, AAD))
                    .as("cut to %d bytes", length)
                    .isExactlyInstanceOf(TamperedException.class);
        }
    }

    @Test
    @DisplayName("keyIdOf names the key of a sealed value, and is empty for null or a value not in the sealed form")
    void keyIdOfMalformed() {
        byte[] sealed = cipher.seal("", AAD);
        byte[] room = new byte[NONCE_BYTES + TAG_BYTES];

        assertThat(FieldCipher.keyIdOf(sealed)).isEqualTo("k1");
        assertThat(FieldCipher.keyIdOf(null)).isEmpty();
        assertThat(FieldCipher.keyIdOf(new byte[0])).isEmpty();
        assertThat(FieldCipher.keyIdOf(Arrays.copyOf(sealed, sealed.length - 1)))
                .isEmpty();
        assertThat(FieldCipher.keyIdOf(bytes(new byte[] {2, 2}, ascii("k1"), room)))
                .isEmpty();
        assertThat(FieldCipher.keyIdOf(bytes(new byte[] {1, 0}, room))).isEmpty();
        assertThat(FieldCipher.keyIdOf(bytes(new byte[] {1, 17}, ascii("k".repeat(17)), room)))
                .isEmpty();
        assertThat(FieldCipher.keyIdOf(bytes(new byte[] {1, 1, (byte) 0xe3}, room)))
                .isEmpty();
        assertThat(FieldCipher.keyIdOf(bytes(ascii("v1.k1."), room))).isEmpty();
    }

    @Test
    @DisplayName("the refusal messages carry no part of the value, the plaintext or the key")
    void messagesCarryNothingSecret() {
        byte[] sealed = cipher.seal("ヤマダ　タロウ", AAD);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        String key = TestKeyRings.keyBase64("k1");

        byte[] unknownKey = bytes(new byte[] {1, 7}, ascii("missing"), Arrays.copyOfRange(sealed, 4, sealed.length));

        for (byte[] value : List.of(tampered, unknownKey, Arrays.copyOf(sealed, 10), new byte[] {1, 1, 'x', 0})) {
            assertThatThrownBy(() -> cipher.open(value, AAD))
                    .isExactlyInstanceOf(TamperedException.class)
                    .message()
                    .doesNotContain("ヤマダ", key, Arrays.toString(value), new String(value, StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] nonce(byte[] sealed) {
        int nonceAt = 2 + sealed[1];
        return Arrays.copyOfRange(sealed, nonceAt, nonceAt + NONCE_BYTES);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}

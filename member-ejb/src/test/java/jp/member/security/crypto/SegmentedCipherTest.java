package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentedCipherTest {

    private static final int SEGMENT = SegmentedCipher.SEGMENT;
    private static final int SEALED_SEGMENT = SEGMENT + 16;
    private static final int HEADER = 12;

    private final SecretKey key = SegmentedCipher.newKey();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 3 * SEGMENT + 17})
    @DisplayName("whatever the length, also exactly on a segment boundary, the content comes back unchanged")
    void roundTrip(int length) throws IOException {
        byte[] plain = random(length);
        assertThat(decrypt(encrypt(plain, 1000))).isEqualTo(plain);
        assertThat(decrypt(encrypt(plain, 1))).isEqualTo(plain);
    }

    @Test
    @DisplayName("the file holds no plain text and grows only by the header and a tag per segment")
    void ciphertextHidesTheContent() throws IOException {
        byte[] plain = "山田 太郎,090-1234-5678,taro@example.jp\r\n".repeat(5000).getBytes();
        byte[] sealed = encrypt(plain, 4096);
        assertThat(new String(sealed, 0, 4)).isEqualTo("MBRX");
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("example.jp");
        int segments = plain.length / SEGMENT + 1;
        assertThat(sealed).hasSize(HEADER + plain.length + 16 * segments);
        assertThat(encrypt(plain, 4096)).as("a fresh nonce prefix every time").isNotEqualTo(sealed);
    }

    @Test
    @DisplayName("a changed byte anywhere, also in the header, fails before anything unauthenticated is released")
    void tamperingIsDetected() throws IOException {
        byte[] sealed = encrypt(random(2 * SEGMENT + 10), 1000);
        for (int at : new int[] {5, HEADER, HEADER + 100, HEADER + SEALED_SEGMENT + 3, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            assertThatThrownBy(() -> decrypt(changed)).isInstanceOf(IOException.class);
        }
    }

    @Test
    @DisplayName("a file cut short, also exactly at a segment boundary, or with segments swapped is refused")
    void truncationAndReorderingAreDetected() throws IOException {
        byte[] sealed = encrypt(random(3 * SEGMENT + 10), 1000);
        byte[] cutAtBoundary = Arrays.copyOf(sealed, HEADER + 2 * SEALED_SEGMENT);
        byte[] cutInside = Arrays.copyOf(sealed, sealed.length - 5);
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, HEADER, swapped, HEADER + SEALED_SEGMENT, SEALED_SEGMENT);
        System.arraycopy(sealed, HEADER + SEALED_SEGMENT, swapped, HEADER, SEALED_SEGMENT);
        byte[] headerOnly = Arrays.copyOf(sealed, HEADER);

        assertThatThrownBy(() -> decrypt(cutAtBoundary)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(cutInside)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(swapped)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(headerOnly)).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("another key, or a file in another format, is refused")
    void wrongKeyOrFormat() throws IOException {
        byte[] sealed = encrypt(random(1000), 1000);
        assertThatThrownBy(() ->
                        read(SegmentedCipher.decrypting(new ByteArrayInputStream(sealed), SegmentedCipher.newKey())))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt("member_number,name\r\n".getBytes())).isInstanceOf(IOException.class);
    }

    private byte[] encrypt(byte[] plain, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypting = SegmentedCipher.encrypting(out, key)) {
            for (int at = 0; at < plain.length; at += chunk) {
                encrypting.write(plain, at, Math.min(chunk, plain.length - at));
            }
        }
        return out.toByteArray();
    }

    private byte[] decrypt(byte[] sealed) throws IOException {
        return read(SegmentedCipher.decrypting(new ByteArrayInputStream(sealed), key));
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}

package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileCipherTest {

    /** Tink's ciphertext segment (1 MiB), after our 5-byte header. */
    private static final int SEGMENT = 1 << 20;

    private static final int HEADER = 5;
    private final SecretKey key = FileCipher.newKey();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT + 17})
    @DisplayName("whatever the length, also around a segment boundary, the content comes back unchanged")
    void roundTrip(int length) throws IOException {
        byte[] plain = random(length, length);

        assertThat(decrypt(encrypt(plain, key), key)).isEqualTo(plain);
    }

    @Test
    @DisplayName("format 2: the header says so, the rest holds no plain text")
    void ciphertextHidesTheContent() throws IOException {
        byte[] plain = "山田 太郎,090-1234-5678,taro@example.jp\r\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

        byte[] sealed = encrypt(plain, key);

        assertThat(Arrays.copyOf(sealed, HEADER)).isEqualTo(new byte[] {'M', 'B', 'R', 'X', 2});
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("090-1234-5678");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("山田");
    }

    @Test
    @DisplayName("a changed byte anywhere, also in either header, fails before anything unauthenticated is released")
    void tamperingIsDetected() throws IOException {
        byte[] sealed = encrypt(random(2 * SEGMENT + 10, 1), key);
        for (int at : new int[] {2, 4, HEADER, HEADER + 20, HEADER + 100, HEADER + SEGMENT + 3, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            assertThatThrownBy(() -> decrypt(changed, key))
                    .as("byte %d changed", at)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    @DisplayName("a file cut short, also at a segment boundary, or with segments swapped is refused")
    void truncationAndReorderingAreDetected() throws IOException {
        byte[] sealed = encrypt(random(3 * SEGMENT + 10, 2), key);
        for (int length : new int[] {HEADER, HEADER + 40, HEADER + SEGMENT, HEADER + 2 * SEGMENT, sealed.length - 1}) {
            byte[] cut = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> decrypt(cut, key)).as("cut at %d", length).isInstanceOf(IOException.class);
        }
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, HEADER + SEGMENT, swapped, HEADER + 2 * SEGMENT, SEGMENT);
        System.arraycopy(sealed, HEADER + 2 * SEGMENT, swapped, HEADER + SEGMENT, SEGMENT);
        assertThatThrownBy(() -> decrypt(swapped, key)).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("another key, an unknown version or no encrypted file at all is refused")
    void wrongKeyOrFormat() throws IOException {
        byte[] sealed = encrypt(random(1000, 3), key);
        byte[] unknownVersion = sealed.clone();
        unknownVersion[4] = 9;

        assertThatThrownBy(() -> decrypt(sealed, FileCipher.newKey())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(unknownVersion, key)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt("id,name\r\n".getBytes(StandardCharsets.UTF_8), key))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(new byte[0], key)).isInstanceOf(IOException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 3 * SegmentedCipher.SEGMENT + 17})
    @DisplayName("files written in format 1 before the switch are still read")
    void formatOneStillRead(int length) throws IOException {
        byte[] plain = random(length, 4);
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (OutputStream out = SegmentedCipher.encrypting(old, key)) {
            out.write(plain);
        }

        assertThat(decrypt(old.toByteArray(), key)).isEqualTo(plain);
    }

    private static byte[] encrypt(byte[] plain, SecretKey key) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = FileCipher.encrypting(sealed, key)) {
            out.write(plain);
        }
        return sealed.toByteArray();
    }

    private static byte[] decrypt(byte[] sealed, SecretKey key) throws IOException {
        try (InputStream in = FileCipher.decrypting(new ByteArrayInputStream(sealed), key)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}

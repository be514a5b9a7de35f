package jp.member.security.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * Authenticated encryption of files at rest (exports), streamed in constant memory. Files are written in format 2:
 * a 5-byte header (magic {@code MBRX}, version 2) and then Tink's streaming AEAD AES256_GCM_HKDF with 1 MiB
 * segments, keyed by the file's own 256-bit key, with the header as associated data — a reviewed construction
 * instead of our own, and faster (decision 0009). Files of format 1 ({@link SegmentedCipher}, written before) are
 * still read. A file that is in neither format, was changed, reordered or cut short fails with an {@link IOException}
 * before any unauthenticated byte is released.
 */
public final class FileCipher {

    private static final byte[] MAGIC = {'M', 'B', 'R', 'X'};
    private static final byte VERSION = 2;
    private static final int HEADER = MAGIC.length + 1;
    private static final int SEGMENT = 1 << 20;

    private FileCipher() {}

    /** A fresh 256-bit key for one file. */
    public static SecretKey newKey() {
        return SegmentedCipher.newKey();
    }

    /** Encrypts everything written to the returned stream into {@code out}; closing it writes the last segment. */
    public static OutputStream encrypting(OutputStream out, SecretKey key) throws IOException {
        byte[] header = header(VERSION);
        out.write(header);
        try {
            return streaming(key).newEncryptingStream(out, header);
        } catch (GeneralSecurityException e) {
            throw new IOException("the file cannot be encrypted", e);
        }
    }

    /** Decrypts {@code in}, written in format 2 or, before, in format 1. */
    public static InputStream decrypting(InputStream in, SecretKey key) throws IOException {
        PushbackInputStream source = new PushbackInputStream(in, HEADER);
        byte[] header = source.readNBytes(HEADER);
        if (header.length == HEADER && Arrays.equals(header, header(VERSION))) {
            try {
                return streaming(key).newDecryptingStream(source, header);
            } catch (GeneralSecurityException e) {
                throw new IOException("the file cannot be decrypted", e);
            }
        }
        source.unread(header);
        return SegmentedCipher.decrypting(source, key);
    }

    private static byte[] header(byte version) {
        byte[] header = Arrays.copyOf(MAGIC, HEADER);
        header[MAGIC.length] = version;
        return header;
    }

    private static StreamingAead streaming(SecretKey key) throws GeneralSecurityException {
        AesGcmHkdfStreamingParameters parameters = AesGcmHkdfStreamingParameters.builder()
                .setKeySizeBytes(32)
                .setDerivedAesGcmKeySizeBytes(32)
                .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                .setCiphertextSegmentSizeBytes(SEGMENT)
                .build();
        return AesGcmHkdfStreaming.create(AesGcmHkdfStreamingKey.create(
                parameters, SecretBytes.copyFrom(key.getEncoded(), InsecureSecretKeyAccess.get())));
    }
}

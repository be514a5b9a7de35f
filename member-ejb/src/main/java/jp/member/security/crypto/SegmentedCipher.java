package jp.member.security.crypto;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Format 1 of the export files, written until issue 12 and still read by {@link FileCipher} (which writes format 2
 * with Tink); its writer stays for the tests that prove old files are read and for the comparison benchmark.
 * Authenticated encryption of a stream of any length in constant memory, for files at rest (exports). One AES-GCM
 * message per 64 KiB segment, so neither side holds more than a segment (the JDK's GCM decryption would otherwise
 * buffer the whole file before releasing a byte). The STREAM construction: each segment's nonce is a random file
 * prefix, the segment's position and a flag that marks the last one, so segments cannot be reordered, dropped,
 * repeated, or the file cut short at a segment boundary without the tag check failing.
 *
 * <p>Layout: a 12-byte header (magic {@code MBRX}, version 1, 7-byte random nonce prefix), then the segments, each
 * ciphertext plus its 16-byte tag; the last segment may be short or empty. The header is every segment's associated
 * data.
 */
public final class SegmentedCipher {

    public static final int SEGMENT = 64 * 1024;
    private static final byte[] MAGIC = {'M', 'B', 'R', 'X'};
    private static final byte VERSION = 1;
    private static final int PREFIX = 7;
    private static final int HEADER = MAGIC.length + 1 + PREFIX;
    private static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SegmentedCipher() {}

    /** A fresh 256-bit key for one file. */
    public static SecretKey newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    /** Encrypts everything written to the returned stream into {@code out}; closing it writes the last segment. */
    public static OutputStream encrypting(OutputStream out, SecretKey key) throws IOException {
        byte[] header = new byte[HEADER];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = VERSION;
        byte[] prefix = new byte[PREFIX];
        RANDOM.nextBytes(prefix);
        System.arraycopy(prefix, 0, header, MAGIC.length + 1, PREFIX);
        out.write(header);
        return new Encrypting(out, key, header);
    }

    /**
     * Decrypts {@code in}. A file that is not in this format, was changed, reordered or cut short fails with an
     * {@link IOException} before any unauthenticated byte is released.
     */
    public static InputStream decrypting(InputStream in, SecretKey key) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        if (header.length < HEADER
                || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)
                || header[MAGIC.length] != VERSION) {
            throw new IOException("not an encrypted export file");
        }
        return new Decrypting(new PushbackInputStream(in, 1), key, header);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] header, long segment, boolean last) {
        if (segment > 0xFFFF_FFFFL) {
            throw new IllegalStateException("stream too long");
        }
        byte[] nonce = new byte[12];
        System.arraycopy(header, MAGIC.length + 1, nonce, 0, PREFIX);
        nonce[7] = (byte) (segment >>> 24);
        nonce[8] = (byte) (segment >>> 16);
        nonce[9] = (byte) (segment >>> 8);
        nonce[10] = (byte) segment;
        nonce[11] = (byte) (last ? 1 : 0);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(header);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static final class Encrypting extends FilterOutputStream {

        private final SecretKey key;
        private final byte[] header;
        private final byte[] buffer = new byte[SEGMENT];
        private final byte[] sealed = new byte[SEGMENT + TAG_BYTES];
        private int filled;
        private long segment;
        private boolean closed;

        Encrypting(OutputStream out, SecretKey key, byte[] header) {
            super(out);
            this.key = key;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            int at = offset;
            int left = length;
            while (left > 0) {
                if (filled == SEGMENT) {
                    // more follows, so the full segment is not the last one
                    seal(false);
                }
                int n = Math.min(left, SEGMENT - filled);
                System.arraycopy(bytes, at, buffer, filled, n);
                filled += n;
                at += n;
                left -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                int n = cipher(Cipher.ENCRYPT_MODE, key, header, segment++, last)
                        .doFinal(buffer, 0, filled, sealed);
                out.write(sealed, 0, n);
                filled = 0;
            } catch (GeneralSecurityException e) {
                throw new IOException("encryption failed", e);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal(true);
                out.flush();
            } finally {
                out.close();
            }
        }
    }

    private static final class Decrypting extends FilterInputStream {

        private final SecretKey key;
        private final byte[] header;
        private byte[] plain = new byte[0];
        private int position;
        private long segment;
        private boolean finished;

        Decrypting(PushbackInputStream in, SecretKey key, byte[] header) {
            super(in);
            this.key = key;
            this.header = header;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (finished) {
                    return -1;
                }
                next();
            }
            int n = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            byte[] sealed = in.readNBytes(SEGMENT + TAG_BYTES);
            boolean last = sealed.length < SEGMENT + TAG_BYTES;
            if (!last) {
                int peek = in.read();
                if (peek < 0) {
                    last = true;
                } else {
                    ((PushbackInputStream) in).unread(peek);
                }
            }
            if (sealed.length < TAG_BYTES) {
                throw new EOFException("encrypted export file is cut short");
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, header, segment++, last)
                        .doFinal(sealed);
                position = 0;
                finished = last;
            } catch (AEADBadTagException e) {
                throw new IOException("encrypted export file does not authenticate (changed, reordered or cut short)");
            } catch (GeneralSecurityException e) {
                throw new IOException("decryption failed", e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        @Override
        public int available() {
            return plain.length - position;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}

package jp.member.staff.rules;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): 30-second steps from the epoch, 6 digits,
 * HMAC-SHA1 — what every authenticator app reads from an {@code otpauth://} QR code. A code is accepted for the
 * step before, the current one and the one after (clock drift), and only for a step later than the last one used,
 * so a code cannot be replayed.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** 160 bits, as RFC 4226 recommends. */
    public static final int SECRET_BYTES = 20;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {}

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a step, with the given HMAC ("HmacSHA1", "HmacSHA256", "HmacSHA512") and number of digits. */
    public static String code(byte[] secret, long step, int digits, String hmac) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(secret, hmac));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24)
                    | ((h[offset + 1] & 0xff) << 16)
                    | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " is required of every Java runtime", e);
        }
    }

    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /**
     * The step the code belongs to, if it is the code of the step before, at or after {@code now} and that step is
     * later than {@code lastUsedStep}; empty otherwise. Compared in constant time.
     */
    public static OptionalLong verify(byte[] secret, String typed, Instant now, long lastUsedStep) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String code = typed.replace(" ", "").strip();
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong matched = OptionalLong.empty();
        for (long s = current - 1; s <= current + 1; s++) {
            boolean equal = MessageDigest.isEqual(code(secret, s).getBytes(), code.getBytes());
            if (equal && s > lastUsedStep && matched.isEmpty()) {
                matched = OptionalLong.of(s);
            }
        }
        return matched;
    }

    /** RFC 4648 base32 without padding, as authenticator apps expect the secret. */
    public static String base32(byte[] bytes) {
        String alphabet = BASE32;
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** Reads {@link #base32(byte[])}. */
    public static byte[] fromBase32(String text) {
        String alphabet = BASE32;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}

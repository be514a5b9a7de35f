package jp.member.staff.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets from the platform CSPRNG (ASVS 11.5.1) and their fast digests. */
public final class Secrets {

    /** No 0/O, 1/l/I: temporary passwords are read aloud and typed from a screen. */
    private static final String READABLE = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 18 characters from a 57-letter alphabet: about 105 bits. */
    public static String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            if (i > 0 && i % 6 == 0) {
                sb.append('-');
            }
            sb.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return sb.toString();
    }

    /** Random bytes, e.g. a TOTP secret. */
    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A recovery code: 10 letters and digits from a 32-symbol alphabet (50 bits), as xxxxx-xxxxx. */
    public static String recoveryCode() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** 256 random bits, URL-safe Base64. */
    public static String apiSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in time independent of where the strings differ. */
    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

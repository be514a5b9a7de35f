package jp.member.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets from the platform CSPRNG (ASVS 11.5.1) and their fast digests. */
public final class Secrets {

    /** No 0/O, 1/l/I: temporary passwords are read aloud and typed from a screen. */
    static final String READABLE = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 24 characters from a 57-letter alphabet, in groups of six: 140 bits (ASVS 11.5.1 asks for 128). */
    public static String temporaryPassword() {
        return grouped(READABLE, 24, 6);
    }

    /** No 0/O, 1/l/I/o: a ZIP password is typed from a letter or a phone call. */
    static final String ZIP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    /** A ZIP password: 23 symbols of 56, 133 bits (ASVS 11.5.1 asks for 128). */
    public static String zipPassword() {
        StringBuilder password = new StringBuilder(23);
        for (int i = 0; i < 23; i++) {
            password.append(ZIP_ALPHABET.charAt(RANDOM.nextInt(ZIP_ALPHABET.length())));
        }
        return password.toString();
    }

    /** Random bytes, e.g. a TOTP secret. */
    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The symbols of recovery codes: no 0/o, 1/l/i. */
    static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    /**
     * A recovery code: 28 letters and digits from a 31-symbol alphabet in groups of four (138 bits, so that it needs no
     * salted slow hash: ASVS 6.5.2, 11.5.1). Compare with {@link #recoveryForm}.
     */
    public static String recoveryCode() {
        return grouped(RECOVERY_ALPHABET, 28, 4);
    }

    /** A recovery code as typed, in the form that is hashed: lower case, without spaces and hyphens. */
    public static String recoveryForm(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Random symbols from the alphabet, a hyphen after every {@code group} of them. */
    static String grouped(String alphabet, int length, int group) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % group == 0) {
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

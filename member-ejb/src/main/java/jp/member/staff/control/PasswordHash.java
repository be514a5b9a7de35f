package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP ASVS 5.0, 11.4.2), a 128-bit random salt and a 256-bit key.
 * The stored form carries its parameters — {@code PBKDF2WithHmacSHA256:600000:salt:hash}, the format Jakarta
 * Security's {@code Pbkdf2PasswordHash} also reads — so hashes made with other parameters still verify.
 */
@ApplicationScoped
public class PasswordHash {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    /** Hash of a password no one knows, verified when the account does not exist so that timing tells nothing. */
    private final String decoy = hash("decoy-password-" + Long.toHexString(random.nextLong()));

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS, KEY_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public boolean verify(String password, String stored) {
        if (stored == null) {
            return false; // a directory account: no local password matches
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(parts[2]);
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length * 8);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same time as a real verification and always fails. */
    public boolean verifyDecoy(String password) {
        verify(password, decoy);
        return false;
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int keyBits) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}

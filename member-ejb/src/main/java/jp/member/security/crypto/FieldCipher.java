package jp.member.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Authenticated encryption of one field value: AES-256-GCM with a random 96-bit nonce and a 128-bit tag. The
 * associated data binds the value to where it belongs (column and record): a ciphertext copied elsewhere fails to
 * open.
 *
 * <p>The sealed form is binary, so that it is stored without encoding overhead (a VARBINARY column): byte 0 is the
 * format version (1), byte 1 the length n of the key id (1 to {@value KeyRing#KEY_ID_MAX}), the next n bytes the key
 * id in ASCII, then the 12-byte nonce, then the ciphertext followed by the 16-byte tag. Naming the key in the value
 * lets keys rotate.
 */
public final class FieldCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(FieldCipher::newCipher);
    /** One generator per thread: the platform's shared one serialises parallel sealing (the bulk import). */
    private static final ThreadLocal<SecureRandom> NONCES = ThreadLocal.withInitial(SecureRandom::new);

    private final KeyRing keys;
    /** The current key id as written into each value: 1 to {@value KeyRing#KEY_ID_MAX} ASCII characters. */
    private final byte[] currentKeyId;

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
        this.currentKeyId = keys.currentKeyId().getBytes(StandardCharsets.US_ASCII);
    }

    /** Seals a value with the current key; null stays null. */
    public byte[] seal(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
        int nonceAt = 2 + currentKeyId.length;
        byte[] out = new byte[nonceAt + NONCE_BYTES + plain.length + TAG_BYTES];
        out[0] = VERSION;
        out[1] = (byte) currentKeyId.length;
        System.arraycopy(currentKeyId, 0, out, 2, currentKeyId.length);
        byte[] nonce = new byte[NONCE_BYTES];
        NONCES.get().nextBytes(nonce);
        System.arraycopy(nonce, 0, out, nonceAt, NONCE_BYTES);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            cipher.doFinal(plain, 0, plain.length, out, nonceAt + NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /**
     * Opens a sealed value; null stays null. Throws {@link TamperedException} — and no other exception — if the value
     * is malformed, names a key the ring does not hold, or does not authenticate.
     */
    public String open(byte[] sealed, String associatedData) {
        if (sealed == null) {
            return null;
        }
        String keyId = keyIdOf(sealed);
        if (keyId.isEmpty()) {
            throw new TamperedException("not a sealed value");
        }
        SecretKey key = keys.dataKey(keyId);
        if (key == null) {
            throw new TamperedException("sealed with key " + keyId + ", which the key ring does not hold");
        }
        int nonceAt = 2 + keyId.length();
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, nonceAt, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, nonceAt + NONCE_BYTES, sealed.length - nonceAt - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new TamperedException("sealed value does not authenticate");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /**
     * The id of the key a value was sealed with; empty when the value is null or not in the sealed form (wrong
     * version, bad key id length or characters, too short to hold nonce and tag).
     */
    public static String keyIdOf(byte[] sealed) {
        if (sealed == null || sealed.length < 2 || sealed[0] != VERSION) {
            return "";
        }
        int length = sealed[1];
        if (length < 1 || length > KeyRing.KEY_ID_MAX || sealed.length < 2 + length + NONCE_BYTES + TAG_BYTES) {
            return "";
        }
        for (int i = 2; i < 2 + length; i++) {
            if (!isKeyIdCharacter(sealed[i])) {
                return "";
            }
        }
        return new String(sealed, 2, length, StandardCharsets.US_ASCII);
    }

    public String currentKeyId() {
        return keys.currentKeyId();
    }

    /** The characters {@link KeyRing} allows in a key id. */
    private static boolean isKeyIdCharacter(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_';
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}

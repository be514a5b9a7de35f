package jp.member.security.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Authenticated encryption of one field value: AES-256-GCM with a random 96-bit nonce and a 128-bit tag. The sealed
 * form {@code v1.<key id>.<base64url(nonce | ciphertext | tag)>} names its key, so keys can rotate. The associated
 * data binds the value to where it belongs (column and record): a ciphertext copied elsewhere fails to open.
 */
public final class FieldCipher {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(FieldCipher::newCipher);
    /** One generator per thread: the platform's shared one serialises parallel sealing (the bulk import). */
    private static final ThreadLocal<SecureRandom> NONCES = ThreadLocal.withInitial(SecureRandom::new);

    private final KeyRing keys;

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    /** Seals a value with the current key; null stays null. */
    public String seal(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        NONCES.get().nextBytes(nonce);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return VERSION + "." + keys.currentKeyId() + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** Opens a sealed value; null stays null. Throws {@link TamperedException} if it does not authenticate. */
    public String open(String sealed, String associatedData) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split("\\.", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new TamperedException("not a sealed value");
        }
        SecretKey key = keys.dataKey(parts[1]);
        if (key == null) {
            throw new TamperedException("sealed with key " + parts[1] + ", which the key ring does not hold");
        }
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new TamperedException("sealed value is not base64url");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedException("sealed value is too short");
        }
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new TamperedException("sealed value does not authenticate");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** The id of the key a value was sealed with. */
    public static String keyIdOf(String sealed) {
        String[] parts = sealed.split("\\.", 3);
        return parts.length == 3 ? parts[1] : "";
    }

    public String currentKeyId() {
        return keys.currentKeyId();
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}

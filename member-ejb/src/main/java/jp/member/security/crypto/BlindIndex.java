package jp.member.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;

/**
 * Blind indexes for exact-match search on encrypted fields: the first {@value #BITS} bits of HMAC-SHA256 over the
 * purpose and the normalised value, under the index key.
 *
 * <p>20 bits is deliberate (docs/decisions/0002-personal-data.md): at a million members a lookup finds about one
 * unrelated candidate besides the real matches, which the search removes by opening and comparing; in exchange, a
 * stolen dump cannot tell which members share a phone or an e-mail, because about one unrelated member shares
 * each index value anyway. The purpose keeps the indexes of different fields unrelated.
 */
public final class BlindIndex {

    public static final int BITS = 20;
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(BlindIndex::newMac);

    private final KeyRing keys;

    public BlindIndex(KeyRing keys) {
        this.keys = keys;
    }

    /** The index of a normalised value for one purpose (e.g. "phone"); null stays null. */
    public Integer of(String purpose, String normalizedValue) {
        if (normalizedValue == null) {
            return null;
        }
        try {
            Mac mac = HMAC.get();
            mac.init(keys.indexKey());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] h = mac.doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8));
            int first32 = ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
            return first32 >>> (32 - BITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

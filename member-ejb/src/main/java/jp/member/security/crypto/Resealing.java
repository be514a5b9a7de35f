package jp.member.security.crypto;

import java.util.logging.Logger;

/**
 * One batch of key rotation's work on values sealed with the data keys ({@link SealedValues#resealAfter}): each value
 * still sealed with an older key is sealed again with the current one, with the same associated data; a value already
 * under the current key, a null and a value not in sealed form stay as they are, and so does one that cannot be
 * opened — counted, and logged by the record it belongs to, never by its content.
 */
public final class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class.getName());

    private final FieldCipher cipher;
    private int resealed;
    private int unreadable;

    public Resealing(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * The value sealed with the current key, or the value itself when there is nothing to do or it cannot be opened.
     * {@code where} names the record for the log: a kind and an id, never personal data.
     */
    public byte[] reseal(byte[] sealed, String associatedData, String where) {
        String keyId = FieldCipher.keyIdOf(sealed);
        if (keyId.isEmpty() || keyId.equals(cipher.currentKeyId())) {
            return sealed;
        }
        try {
            byte[] fresh = cipher.seal(cipher.open(sealed, associatedData), associatedData);
            resealed++;
            return fresh;
        } catch (TamperedException e) {
            unreadable++;
            LOG.warning(() -> "Key rotation: " + where + " cannot be opened (" + e.getMessage() + "); left as it is");
            return sealed;
        }
    }

    /** What this batch did, with the id of the last record it looked at. */
    public SealedValues.Batch done(long lastId) {
        return new SealedValues.Batch(resealed, unreadable, lastId);
    }
}

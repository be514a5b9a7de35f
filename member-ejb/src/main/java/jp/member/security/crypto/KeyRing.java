package jp.member.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect personal data, supplied from outside the database.
 *
 * <ul>
 *   <li>Data keys ({@code member.data.keys}): {@code id:base64,id:base64,...}, each a 256-bit AES key. The first is
 *       current: new values are sealed with it. The others are kept only to open values not yet re-encrypted
 *       (key rotation).
 *   <li>The index key ({@code member.index.key}): base64 of 256 bits, the HMAC key of the blind indexes.
 * </ul>
 */
public final class KeyRing {

    /**
     * The longest key id: it names the key inside every sealed value (see {@link FieldCipher}) and beside each member
     * (which key their data is sealed with, for key rotation).
     */
    public static final int KEY_ID_MAX = 16;

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1," + KEY_ID_MAX + "}");

    private final Map<String, SecretKey> dataKeys;
    private final String currentKeyId;
    private final SecretKey indexKey;

    private KeyRing(Map<String, SecretKey> dataKeys, String currentKeyId, SecretKey indexKey) {
        this.dataKeys = Map.copyOf(dataKeys);
        this.currentKeyId = currentKeyId;
        this.indexKey = indexKey;
    }

    /** Parses the two settings; refuses anything malformed, without echoing key material. */
    public static KeyRing parse(String dataKeys, String indexKey) {
        if (dataKeys == null || dataKeys.isBlank()) {
            throw new IllegalArgumentException("member.data.keys is not set");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String current = null;
        for (String entry : dataKeys.split(",")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).trim();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("member.data.keys: each entry must be id:base64 with an id of"
                        + " 1-" + KEY_ID_MAX + " letters, digits, '-' or '_'");
            }
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("member.data.keys: key id " + id + " appears twice");
            }
            keys.put(id, aesKey(entry.substring(colon + 1).trim(), "member.data.keys (" + id + ")"));
            if (current == null) {
                current = id;
            }
        }
        if (indexKey == null || indexKey.isBlank()) {
            throw new IllegalArgumentException("member.index.key is not set");
        }
        byte[] index = decode(indexKey.trim(), "member.index.key");
        return new KeyRing(keys, current, new SecretKeySpec(index, "HmacSHA256"));
    }

    /**
     * Fixed keys for demo mode only, derived from public strings: data created in demo mode is not protected and
     * must never be real.
     */
    public static KeyRing demo() {
        return new KeyRing(
                Map.of("demo", new SecretKeySpec(sha256("member demo data key"), "AES")),
                "demo",
                new SecretKeySpec(sha256("member demo index key"), "HmacSHA256"));
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public SecretKey current() {
        return dataKeys.get(currentKeyId);
    }

    /** The data key with this id, or null when the ring no longer has it. */
    public SecretKey dataKey(String id) {
        return dataKeys.get(id);
    }

    public Set<String> dataKeyIds() {
        return dataKeys.keySet();
    }

    public SecretKey indexKey() {
        return indexKey;
    }

    /**
     * The key that signs audit checkpoints, derived from the index key with its own label (HMAC-SHA256 as a key
     * derivation step): one secret less to deploy, and a checkpoint signature says nothing about the index key.
     */
    public SecretKey auditKey() {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(indexKey);
            byte[] key = derive.doFinal("member audit checkpoint key v1".getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(key, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    private static SecretKey aesKey(String base64, String setting) {
        return new SecretKeySpec(decode(base64, setting), "AES");
    }

    private static byte[] decode(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(setting + " must be 256 bits (32 bytes), base64-encoded");
        }
        return bytes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package jp.member.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Key rings for tests. Each label always stands for the same 256-bit key (SHA-256 of a public string), so a ring
 * [B, A] holds exactly the key A of a ring [A], as after a real rotation. These keys protect nothing.
 */
public final class TestKeyRings {

    private static final String INDEX_LABEL = "index";

    private TestKeyRings() {}

    /** A ring with these data key ids (the first is current) and the default index key. */
    public static KeyRing of(String... dataKeyIds) {
        return withIndexKey(INDEX_LABEL, dataKeyIds);
    }

    /** A ring with these data key ids and the index key of {@code indexLabel}. */
    public static KeyRing withIndexKey(String indexLabel, String... dataKeyIds) {
        String dataKeys =
                Arrays.stream(dataKeyIds).map(id -> id + ":" + keyBase64(id)).collect(Collectors.joining(","));
        return KeyRing.parse(dataKeys, keyBase64(indexLabel));
    }

    /** The base64 of the 256-bit test key named {@code label}. */
    public static String keyBase64(String label) {
        return Base64.getEncoder().encodeToString(keyBytes(label));
    }

    public static byte[] keyBytes(String label) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("test key " + label).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

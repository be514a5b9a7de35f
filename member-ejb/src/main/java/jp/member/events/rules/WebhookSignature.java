package jp.member.events.rules;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): the secret is {@code whsec_} followed by the base64 of the
 * key; a message is signed as {@code v1,} + base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>")), the timestamp in
 * unix seconds. A receiver recomputes it with the secret it was shown once and compares in constant time.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    /** Key bytes of a generated secret: 32 (the standard asks for 24 to 64). */
    public static final int KEY_BYTES = 32;

    private WebhookSignature() {}

    /** The secret as shown to the administrator and stored (sealed): {@code whsec_} + base64 of the key. */
    public static String secretOf(byte[] key) {
        if (key == null || key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("a webhook key has 24 to 64 bytes");
        }
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key a secret names: the base64 after {@code whsec_}. */
    public static byte[] keyOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a webhook secret");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    /** The {@code webhook-signature} header's value for this message. */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyOf(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

package jp.member.events.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    @DisplayName("the Standard Webhooks specification's own example signs to its published value")
    void publishedVector() {
        String signature = WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    @DisplayName("a generated secret signs what an independent HMAC-SHA256 over id.timestamp.body computes")
    void independentComputation() throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 + 3);
        }
        String secret = WebhookSignature.secretOf(key);
        String body = "{\"id\":\"e1\",\"type\":\"points.earned\",\"data\":{\"memberNumber\":\"123456789012\"}}";

        String signature = WebhookSignature.sign(secret, "e1", 1_700_000_000L, body);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal(("e1.1700000000." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).isEqualTo(key);
        assertThat(signature).isEqualTo(expected);
        assertThat(WebhookSignature.sign(secret, "e1", 1_700_000_001L, body)).isNotEqualTo(expected);
        assertThat(WebhookSignature.sign(secret, "e1", 1_700_000_000L, body + " "))
                .isNotEqualTo(expected);
    }

    @Test
    @DisplayName("a key shorter than 24 bytes or a secret without whsec_ is refused")
    void refusals() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.secretOf(new byte[23]));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSignature.keyOf("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }
}

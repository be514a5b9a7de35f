package jp.member.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static PasswordHash hash;
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        hash = new PasswordHash();
        stored = hash.hash("黒猫のタンゴ 2026 tango");
    }

    @Test
    @DisplayName("the stored form names PBKDF2-HMAC-SHA256, 600,000 iterations, a 128-bit salt and a 256-bit key")
    void storedParameters() {
        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(600_000);
        assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    @DisplayName("the right password verifies; a one-character change does not")
    void verifies() {
        assertThat(hash.verify("黒猫のタンゴ 2026 tango", stored)).isTrue();
        assertThat(hash.verify("黒猫のタンゴ 2026 tangO", stored)).isFalse();
    }

    @Test
    @DisplayName("the same password hashes differently each time (random salt)")
    void saltIsRandom() {
        assertThat(hash.hash("same password twice")).isNotEqualTo(hash.hash("same password twice"));
    }

    @Test
    @DisplayName("hashes made with other iteration counts still verify, since the count is stored with them")
    void otherParametersStillVerify() {
        // Known answer: PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes) = 120fb6cf...cb70be17b.
        String legacy = "PBKDF2WithHmacSHA256:1:c2FsdA==:Eg+2z/z4syxD5yJSVsT4N6hlSMkszDVICAWYfLcL4Xs=";
        assertThat(hash.verify("password", legacy)).isTrue();
    }

    @Test
    @DisplayName("a malformed stored value never verifies")
    void malformed() {
        assertThat(hash.verify("x", "plain-text")).isFalse();
        assertThat(hash.verify("x", "MD5:1:a:b")).isFalse();
        assertThat(hash.verifyDecoy("anything")).isFalse();
    }
}

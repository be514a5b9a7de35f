package jp.member.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    @DisplayName("temporary passwords: 18 readable characters in groups of six, different every time, and policy-proof")
    void temporaryPasswords() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = Secrets.temporaryPassword();
            assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{6}-[a-km-zA-HJ-NP-Z2-9]{6}-[a-km-zA-HJ-NP-Z2-9]{6}");
            assertThat(PasswordPolicy.violation(password, "someone")).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    @DisplayName("API secrets carry 256 random bits")
    void apiSecrets() {
        String secret = Secrets.apiSecret();
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
        assertThat(Secrets.apiSecret()).isNotEqualTo(secret);
    }

    @Test
    @DisplayName("SHA-256 matches the known answer and equal strings compare equal")
    void digest() {
        assertThat(Secrets.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secrets.constantTimeEquals("abc", "abc")).isTrue();
        assertThat(Secrets.constantTimeEquals("abc", "abd")).isFalse();
    }
}

package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import jp.member.staff.control.PasswordPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    @DisplayName("ZIP passwords: 23 symbols without look-alikes (133 bits), different every time")
    void zipPasswords() {
        Set<String> seen = new HashSet<>();
        assertThat(bits(Secrets.ZIP_ALPHABET, 23)).isGreaterThanOrEqualTo(128);
        for (int i = 0; i < 1000; i++) {
            String password = Secrets.zipPassword();
            assertThat(password).matches("[A-HJ-NP-Za-km-z2-9]{23}");
            seen.add(password);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    @DisplayName(
            "temporary passwords: 24 readable characters (140 bits) in groups of six, different every time, policy-proof")
    void temporaryPasswords() {
        Set<String> seen = new HashSet<>();
        assertThat(bits(Secrets.READABLE, 24)).isGreaterThanOrEqualTo(128);
        for (int i = 0; i < 1000; i++) {
            String password = Secrets.temporaryPassword();
            assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{6}(-[a-km-zA-HJ-NP-Z2-9]{6}){3}");
            assertThat(PasswordPolicy.violation(password, "someone")).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    @DisplayName(
            "recovery codes: 28 symbols (138 bits) in groups of four; typed with spaces or capitals they still match")
    void recoveryCodes() {
        Set<String> seen = new HashSet<>();
        assertThat(bits(Secrets.RECOVERY_ALPHABET, 28)).isGreaterThanOrEqualTo(128);
        for (int i = 0; i < 1000; i++) {
            String code = Secrets.recoveryCode();
            assertThat(code).matches("[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){6}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
        assertThat(Secrets.recoveryForm(" ABCD-efgh jkmn ")).isEqualTo("abcdefghjkmn");
    }

    /** Bits of a random string of this length from this alphabet. */
    private static double bits(String alphabet, int length) {
        return length * Math.log(alphabet.length()) / Math.log(2);
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

package jp.member.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    @DisplayName("12 characters is the minimum; 11 is refused")
    void minimumLength() {
        assertThat(PasswordPolicy.violation("kq7-vx2-pn8a", "agent1")).isEmpty();
        assertThat(PasswordPolicy.violation("kq7-vx2-pn8", "agent1")).contains("password.tooShort");
    }

    @Test
    @DisplayName("a 64-character Japanese passphrase is accepted (length counts characters, not bytes)")
    void longUnicodePassphrase() {
        String passphrase = "春はあけぼの。やうやう白くなりゆく山ぎは、少しあかりて、紫だちたる雲の細くたなびきたる。夏は夜。月のころはさらなり。闇もなほ、蛍";
        assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(64);
        assertThat(PasswordPolicy.violation(passphrase, "agent1")).isEmpty();
    }

    @Test
    @DisplayName("a four-byte character counts as one: 11 of them are too short, 12 are enough")
    void supplementaryCharactersCountOnce() {
        assertThat(PasswordPolicy.violation("𠮷野家𠮷野家𠮷野家𠮷野", "agent1")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation("𠮷野家𠮷野家𠮷野家𠮷野家", "agent1")).isEmpty();
    }

    @Test
    @DisplayName("more than 128 characters is refused")
    void maximumLength() {
        assertThat(PasswordPolicy.violation("ab1".repeat(43), "agent1")).contains("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Password2024!",
                "qwertyuiopas",
                "123456789012",
                "1qaz2wsx3edc",
                "P@ssw0rd12345",
                "iloveyou2026",
                "administrator"
            })
    @DisplayName("common passwords and their digit-suffixed variants are refused")
    void commonPasswords(String common) {
        assertThat(PasswordPolicy.violation(common, "agent1")).contains("password.common");
    }

    @Test
    @DisplayName("a password containing the username is refused, whatever the case")
    void containsUsername() {
        assertThat(PasswordPolicy.violation("my-Tanaka-secret-9", "tanaka")).contains("password.containsUsername");
    }

    @Test
    @DisplayName("one or two characters repeated are refused")
    void repetitive() {
        assertThat(PasswordPolicy.violation("zzzzzzzzzzzzzz", "agent1")).contains("password.repetitive");
        assertThat(PasswordPolicy.violation("abababababab", "agent1")).contains("password.repetitive");
    }

    @Test
    @DisplayName("blank or missing is refused")
    void blank() {
        assertThat(PasswordPolicy.violation(null, "agent1")).contains("password.required");
        assertThat(PasswordPolicy.violation("   ", "agent1")).contains("password.required");
    }

    @Test
    @DisplayName("passwords from breach corpora that fit the policy are refused, whatever their case (ASVS 6.2.12)")
    void breachedPasswords() throws Exception {
        for (String breached : new String[] {"correcthorsebatterystaple", "IloveYouForever", "PASSWORDPASSWORD"}) {
            assertThat(PasswordPolicy.violation(breached, "agent1"))
                    .as(breached)
                    .contains("password.common");
        }
        try (var in = PasswordPolicy.class.getResourceAsStream("breached-passwords.txt")) {
            long fitting = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && line.length() >= PasswordPolicy.MIN_LENGTH)
                    .count();
            assertThat(fitting).as("breached passwords that fit the policy").isGreaterThan(12_000);
        }
    }
}

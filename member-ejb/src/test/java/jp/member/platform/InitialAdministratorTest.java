package jp.member.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InitialAdministratorTest {

    private static final String GOOD_PASSWORD = "hajimari-no-kagi-2026";

    @Test
    @DisplayName("no password: nobody is created and the deployment goes on")
    void noPasswordCreatesNobody() {
        assertThat(InitialAdministrator.from(Optional.of("ops"), Optional.empty()))
                .isEmpty();
    }

    @Test
    @DisplayName("a password within the policy gives the administrator, named admin unless MEMBER_INITIAL_ADMIN says")
    void acceptablePassword() {
        var named = InitialAdministrator.from(Optional.of("ops-lead"), Optional.of(GOOD_PASSWORD))
                .orElseThrow();
        var unnamed = InitialAdministrator.from(Optional.empty(), Optional.of(GOOD_PASSWORD))
                .orElseThrow();

        assertThat(named.username()).isEqualTo("ops-lead");
        assertThat(named.password()).isEqualTo(GOOD_PASSWORD);
        assertThat(unnamed.username()).isEqualTo("admin");
    }

    @Test
    @DisplayName("a password that breaks the policy stops the deployment, naming the rule but never the password")
    void policyBreakingPasswordFailsTheDeployment() {
        assertThatIllegalStateException()
                .isThrownBy(() -> InitialAdministrator.from(Optional.of("ops"), Optional.of("short-1")))
                .withMessageContaining("MEMBER_INITIAL_ADMIN_PASSWORD")
                .withMessageContaining("password.tooShort")
                .withMessageNotContaining("short-1");
        assertThatIllegalStateException()
                .isThrownBy(() -> InitialAdministrator.from(Optional.empty(), Optional.of("admin-kagi-2026-x")))
                .withMessageContaining("password.containsUsername");
    }

    @Test
    @DisplayName("the administrator's text form never carries the password")
    void toStringHidesThePassword() {
        var administrator = InitialAdministrator.from(Optional.of("ops"), Optional.of(GOOD_PASSWORD))
                .orElseThrow();

        assertThat(administrator.toString()).contains("ops").doesNotContain(GOOD_PASSWORD);
    }
}

package jp.member.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignedInStaffTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-28T00:00:00Z");
    private static final SignedInStaff SESSION = new SignedInStaff("agent1", 3, SIGNED_IN, false, false);

    @Test
    @DisplayName("a session lives until its absolute lifetime is reached, however active it is")
    void absoluteLifetime() {
        Duration tenHours = Duration.ofHours(10);
        assertThat(SESSION.isExpired(SIGNED_IN.plus(Duration.ofHours(9).plusMinutes(59)), tenHours))
                .isFalse();
        assertThat(SESSION.isExpired(SIGNED_IN.plus(tenHours), tenHours)).isTrue();
        assertThat(SESSION.isExpired(SIGNED_IN.plus(Duration.ofDays(1)), tenHours))
                .isTrue();
    }

    @Test
    @DisplayName("changing the password keeps the session but moves it to the new generation")
    void passwordChange() {
        SignedInStaff forced = new SignedInStaff("agent1", 3, SIGNED_IN, true, true);
        SignedInStaff changed = forced.withPasswordChanged(4);
        assertThat(changed.generation()).isEqualTo(4);
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.mustEnrolSecondFactor())
                .as("still owes the second factor")
                .isTrue();
        assertThat(changed.signedInAt()).isEqualTo(SIGNED_IN);
    }

    @Test
    @DisplayName("setting up the second factor keeps the session and lifts the redirect to the enrolment page")
    void secondFactorSetUp() {
        SignedInStaff owing = new SignedInStaff("manager1", 3, SIGNED_IN, false, true);

        SignedInStaff done = owing.withSecondFactor();

        assertThat(done.mustEnrolSecondFactor()).isFalse();
        assertThat(done.generation()).isEqualTo(3);
        assertThat(done.signedInAt()).isEqualTo(SIGNED_IN);
    }
}

package jp.member.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiRateLimitsTest {

    private static final long MINUTE = 60_000_000_000L;

    private long now = 1_000;
    private final ApiRateLimits limits = new ApiRateLimits();

    {
        limits.clock = () -> now;
    }

    @Test
    @DisplayName("wrong secrets: ten guesses reserved at once are all there is; the eleventh waits, even in parallel")
    void reservedBeforeTheSecretIsChecked() {
        for (int i = 0; i < ApiRateLimits.FAILURES_PER_CLIENT; i++) {
            assertThat(wait("till-1", "203.0.113.9")).isEmpty();
        }

        OptionalLong wait = wait("till-1", "203.0.113.9");
        assertThat(wait).isPresent();
        assertThat(wait.getAsLong()).isBetween(1L, 60L);
        assertThat(wait("till-1", "198.51.100.7"))
                .as("the same id from elsewhere has its own allowance")
                .isEmpty();
        now += MINUTE;
        assertThat(wait("till-1", "203.0.113.9"))
                .as("a token back after a minute")
                .isEmpty();
    }

    @Test
    @DisplayName("a right secret gives its reservation back: a till's own requests never use up its allowance")
    void rightSecretsCostNothing() {
        for (int i = 0; i < 100; i++) {
            ApiRateLimits.Attempt attempt = limits.reserveAttempt("till-1", "right", "203.0.113.9");
            assertThat(attempt.retryAfter()).isEmpty();
            limits.attemptSucceeded(attempt);
        }
    }

    @Test
    @DisplayName(
            "a store's tills calling at once with the secret proven right are never refused (CI: 16 tills got 429)")
    void busyTillsNotRefused() {
        limits.attemptSucceeded(limits.reserveAttempt("till-1", "right", "203.0.113.9"));

        for (int i = 0; i < 3 * ApiRateLimits.FAILURES_PER_ADDRESS; i++) {
            assertThat(limits.reserveAttempt("till-1", "right", "203.0.113.9").retryAfter())
                    .as("in flight at once, none finished yet")
                    .isEmpty();
        }
        assertThat(limits.reserveAttempt("till-1", "wrong", "203.0.113.9").reserved())
                .as("another secret is a guess and takes an allowance")
                .isTrue();
    }

    @Test
    @DisplayName("a secret proven right that fails later (rotated, client disabled) is forgotten and counted")
    void provenSecretForgottenWhenItFails() {
        limits.attemptSucceeded(limits.reserveAttempt("till-1", "old", "203.0.113.9"));
        for (int i = 0; i < ApiRateLimits.FAILURES_PER_CLIENT; i++) {
            ApiRateLimits.Attempt attempt = limits.reserveAttempt("till-1", "old", "203.0.113.9");
            assertThat(attempt.retryAfter()).isEmpty();
            limits.attemptFailed(attempt);
        }

        assertThat(wait("till-1", "203.0.113.9")).as("the allowance is spent").isPresent();
    }

    private OptionalLong wait(String clientId, String address) {
        return limits.reserveAttempt(clientId, "guess", address).retryAfter();
    }

    @Test
    @DisplayName(
            "per source: thirty wrong secrets from one address for any ids, then it waits; an IPv6 /64 is one source")
    void perSource() {
        for (int i = 0; i < ApiRateLimits.FAILURES_PER_ADDRESS; i++) {
            assertThat(wait("guess-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1)))
                    .isEmpty();
        }

        assertThat(wait("guess-x", "2001:db8:1:2:ffff::9")).isPresent();
        assertThat(wait("guess-x", "2001:db8:1:3::9")).as("another /64").isEmpty();
        assertThat(ApiRateLimits.sourceOf("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ApiRateLimits.sourceOf("2001:db8:1:2::5")).isEqualTo("20010db800010002::/64");
    }

    @Test
    @DisplayName("a client id longer than any id counts as the id cut at the longest length")
    void longIdsBounded() {
        String huge = "x".repeat(32_000);
        for (int i = 0; i < ApiRateLimits.FAILURES_PER_CLIENT; i++) {
            assertThat(wait(huge + i, "203.0.113.9")).isEmpty();
        }

        assertThat(wait(huge + "another", "203.0.113.9"))
                .as("all the same id once cut")
                .isPresent();
    }
}

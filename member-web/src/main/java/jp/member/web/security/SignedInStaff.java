package jp.member.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the HTTP session remembers about the person signed in to it. The account is checked again on every request
 * (enabled, same session generation), so disabling it or resetting its password ends this session.
 */
public record SignedInStaff(
        String username, int generation, Instant signedInAt, boolean mustChangePassword, boolean mustEnrolSecondFactor)
        implements Serializable {

    /** Session attribute name. */
    public static final String ATTRIBUTE = SignedInStaff.class.getName();

    /** Past the absolute lifetime: the session ends however active it was (ASVS 7.3.2). */
    public boolean isExpired(Instant now, Duration maxLifetime) {
        return !now.isBefore(signedInAt.plus(maxLifetime));
    }

    public SignedInStaff withPasswordChanged(int newGeneration) {
        return new SignedInStaff(username, newGeneration, signedInAt, false, mustEnrolSecondFactor);
    }

    public SignedInStaff withSecondFactor() {
        return new SignedInStaff(username, generation, signedInAt, mustChangePassword, false);
    }
}

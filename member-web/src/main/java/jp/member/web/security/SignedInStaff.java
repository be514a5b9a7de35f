package jp.member.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import jp.member.staff.boundary.SignInResult.StaffSession;

/**
 * What the HTTP session remembers about the person signed in to it. The account is checked again on every request
 * (enabled, same session generation), so disabling it or resetting its password ends this session.
 */
public record SignedInStaff(
        String username, int generation, Instant signedInAt, boolean mustChangePassword, boolean mustEnrolSecondFactor)
        implements Serializable {

    /** Session attribute name. */
    public static final String ATTRIBUTE = SignedInStaff.class.getName();

    /**
     * Signs the person in to this request's HTTP session, under a new session id (ASVS 7.2.4): whatever the session
     * held before the sign-in (a pending sign-in at the provider) was the anonymous visitor's.
     */
    static HttpSession begin(HttpServletRequest request, StaffSession session, Instant now) {
        HttpSession http = request.getSession(true);
        request.changeSessionId();
        http.setAttribute(
                ATTRIBUTE,
                new SignedInStaff(
                        session.username(),
                        session.generation(),
                        now,
                        session.mustChangePassword(),
                        session.mustEnrolSecondFactor()));
        return http;
    }

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

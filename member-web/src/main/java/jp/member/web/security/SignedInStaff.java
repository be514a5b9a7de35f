package jp.member.web.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the HTTP session remembers about the person signed in to it. The account is checked again on every request
 * (enabled, same session generation), so disabling it or resetting its password ends this session.
 */
public record SignedInStaff(String username, int generation, Instant signedInAt, boolean mustChangePassword)
        implements Serializable {

    /** Session attribute name. */
    public static final String ATTRIBUTE = SignedInStaff.class.getName();

    public SignedInStaff withPasswordChanged(int newGeneration) {
        return new SignedInStaff(username, newGeneration, signedInAt, false);
    }
}

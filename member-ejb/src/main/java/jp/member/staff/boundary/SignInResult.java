package jp.member.staff.boundary;

import java.util.Set;

/**
 * The answer to a sign-in attempt. A refusal says nothing about why (wrong password, unknown account, locked,
 * disabled): the person sees one message for all of them.
 */
public record SignInResult(boolean accepted, StaffSession session) {

    static SignInResult refused() {
        return new SignInResult(false, null);
    }

    static SignInResult accepted(StaffSession session) {
        return new SignInResult(true, session);
    }

    /** What a signed-in session needs to know about its account; checked again on every request. */
    public record StaffSession(
            String username,
            String displayName,
            Set<String> roles,
            int generation,
            boolean mustChangePassword,
            boolean mustEnrolSecondFactor) {}
}

package jp.member.staff.boundary;

import java.util.Set;
import jp.member.staff.entity.StaffAccount;

/**
 * The answer to a sign-in attempt. A refusal says nothing about why (wrong password, unknown account, locked,
 * disabled): the person sees one message for all of them.
 */
public record SignInResult(boolean accepted, StaffSession session, boolean codeNeeded) {

    static SignInResult refused() {
        return new SignInResult(false, null, false);
    }

    static SignInResult accepted(StaffSession session) {
        return new SignInResult(true, session, false);
    }

    /**
     * Not yet: the provider vouched for the person, whose account has a second factor that the provider's check does
     * not stand for — ask for the one-time code and try again with it (decision 0022).
     */
    static SignInResult askForCode() {
        return new SignInResult(false, null, true);
    }

    /** What a signed-in session needs to know about its account; checked again on every request. */
    public record StaffSession(
            String username,
            String displayName,
            Set<String> roles,
            int generation,
            boolean mustChangePassword,
            boolean mustEnrolSecondFactor) {

        static StaffSession of(StaffAccount account, boolean mustEnrolSecondFactor) {
            return new StaffSession(
                    account.getUsername(),
                    account.getDisplayName(),
                    account.getRoles(),
                    account.getSessionGeneration(),
                    account.isMustChangePassword(),
                    mustEnrolSecondFactor);
        }
    }
}

package jp.member.directory;

import jp.member.testsupport.TestDatabase;

/** Arranging people who sign in through the test provider, and the administrators' switch for its MFA. */
final class OpenIdStaff {

    private OpenIdStaff() {}

    /**
     * Someone who has signed in through the provider before: a record of source OPENID bound to their subject, with a
     * second factor set up (known to {@link TestDatabase#oneTimeCode}) and a current attestation, under this role.
     */
    static void veteran(String username, String subject, String role) throws Exception {
        TestDatabase.insertStaff(username, "not-the-provider-password-" + username, false, role);
        TestDatabase.update(
                "UPDATE staff_account SET source = 'OPENID', password_hash = NULL, openid_subject = ?"
                        + " WHERE username = ?",
                subject,
                username);
    }

    /** What an administrator's switch on the networks page sets: the provider's MFA stands for the second factor. */
    static void providerMfaAccepted(boolean accepted) throws Exception {
        TestDatabase.update("UPDATE sign_in_policy SET enabled = ? WHERE name = 'provider-mfa'", accepted);
    }
}

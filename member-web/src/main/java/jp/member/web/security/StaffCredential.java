package jp.member.web.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** The sign-in form's credential: username, password and, for accounts with a second factor, the one-time code. */
public class StaffCredential extends UsernamePasswordCredential {

    private final String oneTimeCode;

    public StaffCredential(String username, Password password, String oneTimeCode) {
        super(username, password);
        this.oneTimeCode = oneTimeCode;
    }

    public String oneTimeCode() {
        return oneTimeCode;
    }
}

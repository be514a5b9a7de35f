package jp.member.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The one-time code of a person the OpenID provider already vouched for, whose account's second factor the provider's
 * check does not stand for: the second step of that sign-in, from the sign-in page (decision 0022).
 */
public class OpenIdCodeCredential implements Credential {

    private final String oneTimeCode;

    public OpenIdCodeCredential(String oneTimeCode) {
        this.oneTimeCode = oneTimeCode;
    }

    public String oneTimeCode() {
        return oneTimeCode;
    }
}

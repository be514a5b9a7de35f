package jp.member.web.security.openid;

/**
 * A sign-in through the OpenID provider that cannot go on. The message says why for the operator's log and the
 * sign-in record — never a token, a code or a claim's value; the person sees the sign-in page's general refusal.
 */
public class OpenIdRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public OpenIdRefusal(String reason) {
        super(reason, null, false, false);
    }
}

package jp.member.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import jp.member.shared.Settings;
import jp.member.staff.boundary.SignInHints;
import jp.member.web.security.openid.OpenIdProvider;
import jp.member.web.shell.Messages;

/**
 * The sign-in form: username, password and the one-time code of an account with a second factor; the link to the
 * company's OpenID provider where it is configured, and the one-time code of a person the provider vouched for. One
 * message for every refusal: wrong password or code, unknown account, locked or disabled.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    Settings settings;

    @Inject
    Instance<SignInHints> hints;

    @Inject
    OpenIdProvider openId;

    private String username;
    private String password;
    private String oneTimeCode;

    public void signIn() throws IOException {
        StaffCredential credential = new StaffCredential(
                username == null ? "" : username.strip(), new Password(password == null ? "" : password), oneTimeCode);
        password = null;
        oneTimeCode = null;
        authenticate(credential, () -> "signin.failed");
    }

    /** The second step of a sign-in through the provider: the one-time code. */
    public void continueWithCode() throws IOException {
        OpenIdCodeCredential credential = new OpenIdCodeCredential(oneTimeCode);
        oneTimeCode = null;
        // once the provider's answer no longer waits (too late), the person starts again at the provider
        authenticate(credential, () -> isAwaitingCode() ? "signin.failed" : "signin.openid.failed");
    }

    private void authenticate(Credential credential, Supplier<String> refusal) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(credential));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            case SEND_CONTINUE -> faces.responseComplete();
            default -> Messages.error(refusal.get());
        }
    }

    /** Whether the page offers the sign-in through the company's OpenID provider ({@code member.oidc.issuer} set). */
    public boolean isOpenIdEnabled() {
        return openId.enabled();
    }

    /** Whether a person the provider vouched for is to give their one-time code on this page. */
    public boolean isAwaitingCode() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return OpenIdAuthentication.awaitsCode(request.getSession(false));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Demo mode only: the demo accounts' current one-time codes, so a newcomer needs no authenticator app. */
    public Map<String, String> getDemoCodes() {
        if (!settings.isDemo() || !hints.isResolvable()) {
            return null;
        }
        Map<String, String> codes = hints.get().oneTimeCodes();
        return codes.isEmpty() ? null : codes;
    }

    public String getOneTimeCode() {
        return oneTimeCode;
    }

    public void setOneTimeCode(String oneTimeCode) {
        this.oneTimeCode = oneTimeCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

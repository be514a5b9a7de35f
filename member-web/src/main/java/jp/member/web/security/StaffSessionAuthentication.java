package jp.member.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jp.member.shared.Settings;
import jp.member.staff.boundary.SignInResult;
import jp.member.staff.boundary.SignInResult.StaffSession;
import jp.member.staff.boundary.StaffAuthentication;

/**
 * People: a form sign-in ({@code SecurityContext.authenticate} from the login page) starts an HTTP session under a
 * new id; every later request is checked against the account as it is now — still enabled, same session
 * generation, within the absolute lifetime, from a network (and device) approved for its roles, and — for a session
 * begun at the company's OpenID provider — still vouched for there ({@link OpenIdAuthentication}) — and carries the
 * account's current roles. Anything else on a protected page goes to the login page.
 */
@ApplicationScoped
class StaffSessionAuthentication {

    @Inject
    StaffAuthentication staff;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    ClientAddress addresses;

    @Inject
    OpenIdAuthentication openId;

    AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = WebPaths.of(request);
        if ("GET".equals(request.getMethod()) && WebPaths.OPENID_START.equals(path)) {
            return openId.start(request, response);
        }
        if ("GET".equals(request.getMethod()) && WebPaths.OPENID_CALLBACK.equals(path)) {
            return openId.callback(request, response);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof OpenIdCodeCredential code) {
            return openId.withCode(request, context, code.oneTimeCode());
        }
        if (context.isAuthenticationRequest()) {
            return signIn(request, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        Optional<StaffSession> live = liveSession(request);
        if (live.isEmpty()) {
            return toLogin(request, response, WebPaths.LOGIN);
        }
        SignedInStaff signedIn = (SignedInStaff) request.getSession().getAttribute(SignedInStaff.ATTRIBUTE);
        if (signedIn.mustChangePassword() && !WebPaths.CHANGE_PASSWORD.equals(WebPaths.of(request))) {
            return toLogin(request, response, WebPaths.CHANGE_PASSWORD);
        }
        // staff without a second factor (nor a registered device that counts as one) reach nothing but its enrolment
        if (!signedIn.mustChangePassword()
                && signedIn.mustEnrolSecondFactor()
                && !WebPaths.SECOND_FACTOR.equals(WebPaths.of(request))) {
            return toLogin(request, response, WebPaths.SECOND_FACTOR);
        }
        return context.notifyContainerAboutLogin(
                live.get().username(), live.get().roles());
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String oneTimeCode =
                credential instanceof StaffCredential staffCredential ? staffCredential.oneTimeCode() : null;
        SignInResult result = staff.signIn(
                password.getCaller(),
                password.getPasswordAsString(),
                oneTimeCode,
                addresses.of(request),
                addresses.deviceOf(request));
        if (!result.accepted()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        StaffSession session = result.session();
        SignedInStaff.begin(request, session, clock.instant());
        return context.notifyContainerAboutLogin(session.username(), session.roles());
    }

    /** The account behind this request's session, when the session may go on; otherwise the session is ended. */
    private Optional<StaffSession> liveSession(HttpServletRequest request) {
        HttpSession http = request.getSession(false);
        if (http == null || !(http.getAttribute(SignedInStaff.ATTRIBUTE) instanceof SignedInStaff signedIn)) {
            return Optional.empty();
        }
        Optional<StaffSession> current = staff.currentSession(
                        signedIn.username(), addresses.of(request), addresses.deviceOf(request))
                .filter(s -> s.generation() == signedIn.generation())
                .filter(s -> !signedIn.isExpired(clock.instant(), maxLifetime()))
                .filter(s -> openId.keeps(http));
        if (current.isEmpty()) {
            http.invalidate();
        }
        return current;
    }

    private Duration maxLifetime() {
        return Duration.ofHours(settings.intValue("member.session.maxHours", 10));
    }

    /** A redirect the browser follows for a page, and the Faces partial-response form of it for an ajax request. */
    static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response, String path) {
        String target = request.getContextPath() + path;
        SecurityHeaders.applyToOwnResponse(request, response);
        try {
            if (WebPaths.isAjax(request)) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>" + "<redirect url=\""
                                + target + "\"></redirect></partial-response>");
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}

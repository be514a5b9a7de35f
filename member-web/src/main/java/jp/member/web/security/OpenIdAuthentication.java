package jp.member.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.member.staff.boundary.OpenIdSignIn;
import jp.member.staff.boundary.ProvidedIdentity;
import jp.member.staff.boundary.SignInResult;
import jp.member.web.security.openid.OpenIdIdentity;
import jp.member.web.security.openid.OpenIdProvider;
import jp.member.web.security.openid.OpenIdRefusal;
import jp.member.web.security.openid.ProviderSession;

/**
 * Staff sign-in through the company's OpenID provider, in the application's one authentication mechanism (decision
 * 0022): {@code GET /sign-in/openid} sends the browser to the provider (a link, not a form: the pages' CSP allows forms
 * to post to this site only); {@code GET /sign-in/openid/callback} takes it back, checks the answer
 * ({@link OpenIdProvider}) and signs the person in through {@link OpenIdSignIn} — or asks the sign-in page for their
 * one-time code first. Every failure ends on the sign-in page with one message ({@code ?openid=failed}); the log gets
 * the reason, never a code, token, claim or name.
 *
 * <p>The session cookie is {@code SameSite=Strict}: a browser coming back from the provider's site does not send it,
 * so the sign-in started in its session would not be found. The first arrival without it is answered with a page that
 * loads the same address again from this site (a {@code meta} refresh, no script), which the browser does send the
 * cookie with.
 *
 * <p>Live sessions: {@link #keeps} asks the provider again with the session's refresh token every
 * {@code member.oidc.recheck-seconds} ({@link ProviderSession}).
 */
@ApplicationScoped
class OpenIdAuthentication {

    /** The sign-in sent to the provider, until it comes back (the anonymous visitor's session). */
    static final String PENDING = OpenIdAuthentication.class.getName() + ".pending";
    /** A person the provider vouched for, until they give their one-time code. */
    static final String AWAITING_CODE = OpenIdAuthentication.class.getName() + ".awaitingCode";
    /** The callback parameter that marks the second arrival, after the page that reloads it from this site. */
    static final String BOUNCED = "bounced";

    private static final Logger LOG = Logger.getLogger(OpenIdAuthentication.class.getName());
    private static final List<String> ANSWER_PARAMETERS = List.of("code", "state", "error", "iss");

    @Inject
    OpenIdProvider provider;

    @Inject
    OpenIdSignIn signIn;

    @Inject
    ClientAddress addresses;

    @Inject
    Clock clock;

    /** A person the provider vouched for whose account needs its one-time code, and the session it will start. */
    record AwaitingCode(ProvidedIdentity person, ProviderSession session, Instant since) implements Serializable {

        @Override
        public String toString() {
            return "AwaitingCode";
        }
    }

    AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response) {
        if (!provider.enabled()) {
            return failed(request, response, "OpenID sign-in is not configured");
        }
        try {
            OpenIdProvider.Started started = provider.start();
            HttpSession http = request.getSession(true);
            http.removeAttribute(AWAITING_CODE);
            http.setAttribute(PENDING, started.pending());
            SecurityHeaders.applyToOwnResponse(request, response);
            response.sendRedirect(started.redirect().toString());
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (OpenIdRefusal refusal) {
            return failed(request, response, refusal.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response) {
        HttpSession http = request.getSession(false);
        Object pending = http == null ? null : http.getAttribute(PENDING);
        if (!(pending instanceof OpenIdProvider.Pending started)) {
            if (request.getParameter(BOUNCED) == null && request.getParameter("state") != null) {
                return reloadFromThisSite(request, response);
            }
            return failed(request, response, "no sign-in started in this session");
        }
        http.removeAttribute(PENDING); // one answer per sign-in
        Instant now = clock.instant();
        OpenIdProvider.SignedIn signedIn;
        try {
            signedIn = provider.finish(started, returned(request));
        } catch (OpenIdRefusal refusal) {
            return failed(request, response, refusal.getMessage());
        }
        ProvidedIdentity person = person(signedIn.identity());
        ProviderSession session = new ProviderSession(signedIn, now, provider.recheck());
        SignInResult result = signIn.signIn(person, null, addresses.of(request), addresses.deviceOf(request));
        if (result.codeNeeded()) {
            http.setAttribute(AWAITING_CODE, new AwaitingCode(person, session, now));
            return StaffSessionAuthentication.toLogin(request, response, WebPaths.LOGIN);
        }
        if (!result.accepted()) {
            return failed(request, response, "the sign-in was refused");
        }
        SignedInStaff.begin(request, result.session(), now).setAttribute(ProviderSession.ATTRIBUTE, session);
        return StaffSessionAuthentication.toLogin(request, response, "/");
    }

    /** The second step, from the sign-in page: the one-time code of the person the provider vouched for. */
    AuthenticationStatus withCode(HttpServletRequest request, HttpMessageContext context, String oneTimeCode) {
        HttpSession http = request.getSession(false);
        Instant now = clock.instant();
        if (http == null || !(http.getAttribute(AWAITING_CODE) instanceof AwaitingCode awaiting)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!now.isBefore(awaiting.since().plus(OpenIdProvider.SIGN_IN_WINDOW))) {
            http.removeAttribute(AWAITING_CODE); // too late: the person starts again at the provider
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInResult result = signIn.signIn(
                awaiting.person(),
                oneTimeCode == null ? "" : oneTimeCode.strip(),
                addresses.of(request),
                addresses.deviceOf(request));
        if (!result.accepted()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        http.removeAttribute(AWAITING_CODE);
        SignedInStaff.begin(request, result.session(), now).setAttribute(ProviderSession.ATTRIBUTE, awaiting.session());
        return context.notifyContainerAboutLogin(
                result.session().username(), result.session().roles());
    }

    /** Whether a person signed in through the provider is waiting in this session to give their one-time code. */
    static boolean awaitsCode(HttpSession http) {
        return http != null && http.getAttribute(AWAITING_CODE) instanceof AwaitingCode;
    }

    /**
     * Whether a session may go on as far as the provider is concerned: one begun there while the provider still
     * vouches for its person (see {@link ProviderSession#keeps}); any other session is not the provider's business.
     */
    boolean keeps(HttpSession http) {
        if (!(http.getAttribute(ProviderSession.ATTRIBUTE) instanceof ProviderSession session)) {
            return true;
        }
        if (!provider.enabled()) {
            return false;
        }
        boolean keeps = session.keeps(provider, clock.instant(), provider.recheck(), provider.grace());
        http.setAttribute(ProviderSession.ATTRIBUTE, session); // changed: replicated to the other instances
        return keeps;
    }

    private static ProvidedIdentity person(OpenIdIdentity identity) {
        return new ProvidedIdentity(
                identity.subject(),
                identity.username(),
                identity.displayName(),
                identity.roles(),
                identity.secondFactorChecked());
    }

    /** The address the provider sent the browser to, with its answer's parameters. */
    private static URI returned(HttpServletRequest request) {
        return URI.create(request.getRequestURL() + "?" + answer(request));
    }

    /** The provider's answer as query parameters, re-encoded: only the ones the flow reads. */
    private static String answer(HttpServletRequest request) {
        return ANSWER_PARAMETERS.stream()
                .filter(name -> request.getParameter(name) != null)
                .map(name -> name + "=" + URLEncoder.encode(request.getParameter(name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * A page that loads the callback again from this site, so that the browser sends the {@code SameSite=Strict}
     * session cookie with it; {@code Cache-Control: no-store}, no script (the CSP allows none).
     */
    private static AuthenticationStatus reloadFromThisSite(HttpServletRequest request, HttpServletResponse response) {
        String again =
                request.getContextPath() + WebPaths.OPENID_CALLBACK + "?" + answer(request) + "&" + BOUNCED + "=1";
        SecurityHeaders.applyToOwnResponse(request, response);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                            + "<meta http-equiv=\"refresh\" content=\"0;url=" + html(again) + "\">"
                            + "<title>member</title></head><body></body></html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /** Back to the sign-in page with its one message; the reason (never a code, token, claim or name) to the log. */
    private static AuthenticationStatus failed(
            HttpServletRequest request, HttpServletResponse response, String reason) {
        LOG.info(() -> "OpenID sign-in refused: " + reason);
        HttpSession http = request.getSession(false);
        if (http != null) {
            http.removeAttribute(PENDING);
            http.removeAttribute(AWAITING_CODE);
        }
        return StaffSessionAuthentication.toLogin(request, response, WebPaths.LOGIN + "?openid=failed");
    }
}

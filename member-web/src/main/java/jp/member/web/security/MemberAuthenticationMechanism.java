package jp.member.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one per application): machine
 * clients on {@code /api/*} use HTTP Basic without a session, people everywhere else sign in with the form and
 * keep a session.
 */
@ApplicationScoped
public class MemberAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    ApiClientBasicAuthentication apiClients;

    @Inject
    StaffSessionAuthentication people;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (WebPaths.isApi(request)) {
            return apiClients.validate(request, response, context);
        }
        return people.validate(request, response, context);
    }
}

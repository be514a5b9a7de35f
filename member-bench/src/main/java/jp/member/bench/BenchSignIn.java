package jp.member.bench;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Benchmark servlets sign in through the application's own mechanism, with the form fields username and password. */
final class BenchSignIn {

    private BenchSignIn() {}

    /** Whether the caller is now signed in; if not, the response is already 401. */
    static boolean signIn(SecurityContext security, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                request.getParameter("username"), new Password(request.getParameter("password")))));
        if (status != AuthenticationStatus.SUCCESS) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return false;
        }
        return true;
    }
}

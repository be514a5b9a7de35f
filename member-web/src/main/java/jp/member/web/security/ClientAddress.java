package jp.member.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as recorded in the sign-in and access records. The application trusts only
 * the TCP peer; behind a reverse proxy, configure the server's network listener to take the forwarded address.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}

package jp.member.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.member.platform.Settings;
import jp.member.staff.control.SignInNetworks;
import jp.member.staff.rules.Cidr;
import jp.member.staff.rules.ForwardedFor;

/**
 * Where a request came from, as the sign-in rules and every record see it: the TCP peer, or — only when the peer is
 * one of the trusted proxies ({@code member.trusted.proxies}, CIDRs; none by default) — the client address the proxies
 * forwarded in {@code X-Forwarded-For}. Likewise the device: the client certificate fingerprint a trusted proxy passes
 * in {@code member.device.header} (default {@code X-Client-Cert-SHA256}, after it ended mutual TLS); the header from
 * anyone else is ignored.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    Settings settings;

    private List<Cidr> trustedProxies;
    private String deviceHeader;

    @PostConstruct
    void configure() {
        trustedProxies =
                SignInNetworks.cidrs(settings.value("member.trusted.proxies").orElse(""));
        deviceHeader = settings.value("member.device.header").orElse("X-Client-Cert-SHA256");
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        return peer == null
                ? "unknown"
                : ForwardedFor.clientAddress(peer, request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    /** The fingerprint of the device's certificate as a trusted proxy vouched for it, or null. */
    public String deviceOf(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (peer == null || !ForwardedFor.trusted(peer, trustedProxies)) {
            return null;
        }
        return SignInNetworks.fingerprint(request.getHeader(deviceHeader)).orElse(null);
    }
}

package jp.member.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import jp.member.shared.Settings;
import jp.member.staff.rules.Cidr;
import jp.member.staff.rules.Fingerprint;
import jp.member.staff.rules.ForwardedFor;

/**
 * Where a request came from, as the sign-in rules and every record see it: the TCP peer, or — only when the peer is
 * one of the trusted proxies ({@code member.trusted.proxies}, CIDRs; none by default) — the client address the proxies
 * forwarded in {@code X-Forwarded-For}. Likewise the device: the client certificate fingerprint a trusted proxy passes
 * in {@code member.device.header} (default {@code X-Client-Cert-SHA256}, after it ended mutual TLS); the header from
 * anyone else is ignored, and so are two device lines (the proxy must replace the header, not add to it).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    Settings settings;

    private List<Cidr> trustedProxies;
    private String deviceHeader;

    @PostConstruct
    void configure() {
        configure(
                settings.value("member.trusted.proxies").orElse(""),
                settings.value("member.device.header").orElse("X-Client-Cert-SHA256"));
    }

    void configure(String proxies, String header) {
        trustedProxies = Cidr.list(proxies);
        deviceHeader = header;
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        return peer == null
                ? "unknown"
                : ForwardedFor.clientAddress(peer, allLines(request, "X-Forwarded-For"), trustedProxies);
    }

    /** The fingerprint of the device's certificate as a trusted proxy vouched for it, or null. */
    public String deviceOf(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (peer == null || !ForwardedFor.trusted(peer, trustedProxies)) {
            return null;
        }
        List<String> lines = Collections.list(request.getHeaders(deviceHeader));
        // two lines: the client sent its own and the proxy added one instead of replacing it; trust neither
        return lines.size() == 1 ? Fingerprint.of(lines.get(0)).orElse(null) : null;
    }

    /** Every line of a header, in order, joined with commas (as RFC 9110 allows for list headers); null if none. */
    static String allLines(HttpServletRequest request, String header) {
        List<String> lines = Collections.list(request.getHeaders(header));
        return lines.isEmpty() ? null : String.join(",", lines);
    }
}

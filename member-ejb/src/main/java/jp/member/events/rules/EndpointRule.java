package jp.member.events.rules;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.member.shared.BusinessException;
import jp.member.staff.rules.Cidr;

/**
 * Which endpoint URLs a subscription may name, checked when it is created and again before every delivery (a name may
 * resolve elsewhere by then):
 *
 * <ul>
 *   <li>an absolute {@code https://} URL with a host, no user information, no fragment, at most {@value #URL_MAX}
 *       characters;
 *   <li>{@code http://} only to a host whose every address is loopback, and only outside production mode or when
 *       {@code member.webhooks.allowHttpLoopback} says so (the tests' own receiver);
 *   <li>in production mode no host that resolves to an internal address — loopback, private (10/8, 172.16/12,
 *       192.168/16, fc00::/7), link-local (169.254/16, fe80::/10, the cloud metadata service), carrier-grade NAT
 *       (100.64/10), unspecified, multicast — unless the host or all its addresses are on the allow-list ({@code
 *       member.webhooks.allowedHosts}: host names and CIDR ranges), or they are loopback and loopback is allowed as
 *       above. The application must not become a way into the company's own network (SSRF).
 * </ul>
 */
public final class EndpointRule {

    public static final int URL_MAX = 500;

    /** Resolves a host name to its addresses (the platform's DNS in production, a table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean production;
    private final boolean allowHttpLoopback;
    private final List<String> allowedHosts;
    private final List<Cidr> allowedRanges;
    private final Resolver resolver;

    /**
     * @param allowList the setting's entries, comma-separated: host names (matched whole, any case) and CIDR ranges
     */
    public EndpointRule(boolean production, boolean allowHttpLoopback, String allowList, Resolver resolver) {
        this.production = production;
        this.allowHttpLoopback = allowHttpLoopback;
        List<String> entries = allowList == null || allowList.isBlank()
                ? List.of()
                : List.of(allowList.split(",")).stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        this.allowedRanges = entries.stream()
                .filter(e -> e.contains("/"))
                .map(Cidr::parse)
                .flatMap(Optional::stream)
                .toList();
        this.allowedHosts = entries.stream()
                .filter(e -> !e.contains("/"))
                .map(e -> e.toLowerCase(Locale.ROOT))
                .toList();
        this.resolver = resolver;
    }

    /**
     * The URL, parsed, if it may receive events now; otherwise a {@link BusinessException} with one of {@code
     * webhook.url.invalid}, {@code webhook.url.scheme}, {@code webhook.url.unresolved}, {@code
     * webhook.url.internalAddress}.
     */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && production && !allowHttpLoopback) {
            throw new BusinessException("webhook.url.scheme");
        }
        String host = hostOf(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new BusinessException("webhook.url.unresolved");
        }
        if (addresses == null || addresses.length == 0) {
            throw new BusinessException("webhook.url.unresolved");
        }
        boolean allLoopback = true;
        boolean anyInternal = false;
        for (InetAddress address : addresses) {
            allLoopback &= address.isLoopbackAddress();
            anyInternal |= isInternal(address);
        }
        boolean loopbackAllowed = allLoopback && (!production || allowHttpLoopback);
        if (scheme.equals("http") && !loopbackAllowed) {
            throw new BusinessException("webhook.url.scheme");
        }
        if (production && anyInternal && !loopbackAllowed && !allowListed(host, addresses)) {
            throw new BusinessException("webhook.url.internalAddress");
        }
        return uri;
    }

    /** Parses and checks the URL's form, without resolving its host. */
    static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > URL_MAX) {
            throw new BusinessException("webhook.url.invalid");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new BusinessException("webhook.url.invalid");
        }
        if (!uri.isAbsolute()
                || uri.isOpaque()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw new BusinessException("webhook.url.invalid");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new BusinessException("webhook.url.scheme");
        }
        return uri;
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        // an IPv6 literal comes in brackets
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private boolean allowListed(String host, InetAddress[] addresses) {
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (InetAddress address : addresses) {
            if (allowedRanges.stream().noneMatch(r -> r.contains(address.getAddress()))) {
                return false;
            }
        }
        return !allowedRanges.isEmpty();
    }

    /** An address inside a company's or a cloud's own networks, or none at all. */
    public static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d, the IPv4 address inside decides
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}

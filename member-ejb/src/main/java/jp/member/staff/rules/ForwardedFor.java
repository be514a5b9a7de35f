package jp.member.staff.rules;

import java.util.List;

/**
 * Which address a request came from when proxies stand in between: the TCP peer, unless the peer is a trusted proxy,
 * in which case the {@code X-Forwarded-For} list is read from the right (each proxy appends the address it saw) and
 * the first address that is not a trusted proxy is the client. A header from anyone else is ignored — a client
 * cannot choose its own address by sending one. When the list cannot be read, the client is {@link #UNKNOWN}, an
 * address no network contains: never the proxy's own, which may well lie in an allowed network.
 */
public final class ForwardedFor {

    /** The client address of a request whose forwarded list is malformed. */
    public static final String UNKNOWN = "unknown";

    private ForwardedFor() {}

    /**
     * @param forwardedFor every {@code X-Forwarded-For} line of the request, in order, joined with commas (a proxy may
     *     add its own line rather than extend the client's), or null when there is none
     */
    public static String clientAddress(String peer, String forwardedFor, List<Cidr> trustedProxies) {
        if (forwardedFor == null || !trusted(peer, trustedProxies)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (Cidr.address(hop).isEmpty()) {
                return UNKNOWN; // a malformed list proves nothing, least of all that the proxy is the client
            }
            if (!trusted(hop, trustedProxies)) {
                return hop;
            }
        }
        return peer;
    }

    public static boolean trusted(String address, List<Cidr> trustedProxies) {
        return trustedProxies.stream().anyMatch(proxy -> proxy.contains(address));
    }
}

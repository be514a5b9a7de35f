package jp.member.shared;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, for the records that must say so. The web module sets it for every HTTP
 * request; work without a request (timers, start-up) reports "system".
 */
@RequestScoped
public class RequestOrigin {

    /**
     * The longest client address kept in a record: an IPv6 address as text, with an IPv4 address in its last 32 bits
     * ({@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}). Every record that names where a request came from
     * (the audit trail, the sign-in record) holds this much, and a longer value is cut to it.
     */
    public static final int ADDRESS_MAX = 45;

    private String clientAddress = "system";

    public String clientAddress() {
        return clientAddress;
    }

    public void set(String address) {
        if (address != null && !address.isBlank()) {
            this.clientAddress = address.length() <= ADDRESS_MAX ? address : address.substring(0, ADDRESS_MAX);
        }
    }
}

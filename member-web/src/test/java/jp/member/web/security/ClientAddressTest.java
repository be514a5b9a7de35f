package jp.member.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.member.staff.rules.ForwardedFor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final String PROXY = "10.0.0.5";
    private static final String DEVICE = "X-Client-Cert-SHA256";
    private static final String FINGERPRINT = "ab".repeat(32);

    private final ClientAddress addresses = new ClientAddress();

    @BeforeEach
    void configure() {
        addresses.configure("10.0.0.0/24", DEVICE);
    }

    @Test
    @DisplayName("a client's forged X-Forwarded-For line before the proxy's own line does not choose the address")
    void proxyAddsItsOwnLine() {
        HttpServletRequest request = request(PROXY, Map.of("X-Forwarded-For", List.of("10.0.0.77", "203.0.113.9")));

        assertThat(addresses.of(request)).isEqualTo("203.0.113.9");
    }

    @Test
    @DisplayName("a malformed forwarded entry makes the client unknown, not the proxy; no proxy, no forwarding")
    void malformedOrUntrusted() {
        assertThat(addresses.of(request(PROXY, Map.of("X-Forwarded-For", List.of("203.0.113.9:4431")))))
                .isEqualTo(ForwardedFor.UNKNOWN);
        assertThat(addresses.of(request("203.0.113.50", Map.of("X-Forwarded-For", List.of("10.0.0.77")))))
                .isEqualTo("203.0.113.50");
    }

    @Test
    @DisplayName("the device header counts only from a trusted proxy and only as one line")
    void deviceHeader() {
        assertThat(addresses.deviceOf(request(PROXY, Map.of(DEVICE, List.of(FINGERPRINT)))))
                .isEqualTo(FINGERPRINT);
        assertThat(addresses.deviceOf(request("203.0.113.50", Map.of(DEVICE, List.of(FINGERPRINT)))))
                .as("sent by the client itself")
                .isNull();
        assertThat(addresses.deviceOf(request(PROXY, Map.of(DEVICE, List.of(FINGERPRINT, "cd".repeat(32))))))
                .as("the client's line and the proxy's: trust neither")
                .isNull();
    }

    private static HttpServletRequest request(String peer, Map<String, List<String>> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                ClientAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "getRemoteAddr":
                            return peer;
                        case "getHeaders":
                            return Collections.enumeration(headers.getOrDefault((String) a[0], List.of()));
                        case "getHeader":
                            List<String> lines = headers.getOrDefault((String) a[0], List.of());
                            return lines.isEmpty() ? null : lines.get(0);
                        default:
                            throw new UnsupportedOperationException(m.getName());
                    }
                });
    }
}

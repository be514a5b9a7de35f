package jp.member.staff.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NetworkRulesTest {

    private static Cidr cidr(String text) {
        return Cidr.parse(text).orElseThrow();
    }

    @Test
    @DisplayName("CIDR networks hold exactly their addresses, IPv4 and IPv6; a mapped IPv6 address counts as IPv4")
    void cidrContains() {
        Cidr office = cidr("10.20.0.0/16");

        assertThat(office.contains("10.20.255.1")).isTrue();
        assertThat(office.contains("10.21.0.1")).isFalse();
        assertThat(office.contains("::ffff:10.20.3.4")).isTrue();
        assertThat(cidr("fd00:1::/32").contains("fd00:1:ffff::5")).isTrue();
        assertThat(cidr("fd00:1::/32").contains("fd00:2::5")).isFalse();
        assertThat(cidr("192.0.2.7").contains("192.0.2.7")).isTrue();
        assertThat(cidr("192.0.2.7").contains("192.0.2.8")).isFalse();
        assertThat(cidr("0.0.0.0/0").contains("203.0.113.9")).isTrue();
        assertThat(cidr("0.0.0.0/0").contains("2001:db8::1")).isFalse();
    }

    @Test
    @DisplayName("host bits are cleared and the normal form printed; anything but address literals is refused")
    void cidrParsing() {
        assertThat(cidr("10.20.30.40/16")).hasToString("10.20.0.0/16");
        assertThat(cidr(" 192.168.1.0/24 ")).isEqualTo(cidr("192.168.1.77/24"));
        for (String bad : new String[] {
            null,
            "",
            "10.0.0.0/33",
            "10.0.0/8",
            "256.1.1.1",
            "10.0.0.0/-1",
            "localhost",
            "example.com/24",
            "10.0.0.0/8/8",
            "fd00::/129",
            "1.2.3.4 /8",
            "10.0.0.0/0x8"
        }) {
            assertThat(Cidr.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    @DisplayName("X-Forwarded-For counts only from a trusted proxy, read from the right, skipping trusted hops")
    void forwardedFor() {
        List<Cidr> proxies = List.of(cidr("10.0.0.0/24"), cidr("127.0.0.1"));

        assertThat(ForwardedFor.clientAddress("10.0.0.5", "203.0.113.9", proxies))
                .isEqualTo("203.0.113.9");
        assertThat(ForwardedFor.clientAddress("10.0.0.5", "198.51.100.1, 203.0.113.9, 10.0.0.7", proxies))
                .as("the client forged the first entry; the right-most untrusted one counts")
                .isEqualTo("203.0.113.9");
        assertThat(ForwardedFor.clientAddress("203.0.113.50", "10.0.0.9", proxies))
                .as("a header from anyone but a trusted proxy is ignored")
                .isEqualTo("203.0.113.50");
        assertThat(ForwardedFor.clientAddress("10.0.0.5", "203.0.113.9, unknown", proxies))
                .as("a malformed entry makes the client unknown, never the trusted proxy itself")
                .isEqualTo(ForwardedFor.UNKNOWN);
        assertThat(ForwardedFor.clientAddress("10.0.0.5", "203.0.113.9:5123", proxies))
                .isEqualTo(ForwardedFor.UNKNOWN);
        assertThat(ForwardedFor.clientAddress("10.0.0.5", "10.1.2.3,203.0.113.9", proxies))
                .as("the client's own line first, the proxy's line after it (joined): the proxy's entry counts")
                .isEqualTo("203.0.113.9");
        assertThat(ForwardedFor.clientAddress("10.0.0.5", null, proxies)).isEqualTo("10.0.0.5");
        assertThat(ForwardedFor.clientAddress("10.0.0.5", "203.0.113.9", List.of()))
                .isEqualTo("10.0.0.5");
    }

    @Test
    @DisplayName(
            "an account signs in only where every one of its roles may; an administrator without networks from the set-up ones")
    void policy() {
        NetworkPolicy policy = new NetworkPolicy(
                Map.of("AGENT", List.of(cidr("10.1.0.0/16")), "MANAGER", List.of(cidr("10.1.5.0/24"))),
                List.of(cidr("127.0.0.1")));

        assertThat(policy.allows(Set.of("AGENT"), "10.1.9.9")).isTrue();
        assertThat(policy.allows(Set.of("AGENT", "MANAGER"), "10.1.9.9")).isFalse();
        assertThat(policy.allows(Set.of("AGENT", "MANAGER"), "10.1.5.9")).isTrue();
        assertThat(policy.allows(Set.of("AUDITOR"), "10.1.5.9"))
                .as("no network for the role")
                .isFalse();
        assertThat(policy.allows(Set.of("ADMIN"), "127.0.0.1"))
                .as("set-up address")
                .isTrue();
        assertThat(policy.allows(Set.of("ADMIN"), "10.1.5.9")).isFalse();
        assertThat(policy.allows(Set.of(), "10.1.5.9")).isFalse();
        assertThat(policy.allows(Set.of("AGENT"), "unknown")).isFalse();

        NetworkPolicy configured = new NetworkPolicy(Map.of("ADMIN", List.of(cidr("10.9.0.0/16"))), policy.setup());
        assertThat(configured.allows(Set.of("ADMIN"), "127.0.0.1"))
                .as("once administrators have networks, the set-up address no longer counts")
                .isFalse();
    }
}

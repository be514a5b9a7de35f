package jp.member.events.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import jp.member.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointRuleTest {

    /** A DNS of our own: names to addresses, no network. */
    private static final Map<String, String> DNS = Map.of(
            "receiver.example.com", "203.0.113.10",
            "localhost", "127.0.0.1",
            "intranet.example.com", "10.1.2.3",
            "metadata.example.com", "169.254.169.254",
            "cgnat.example.com", "100.64.0.1",
            "ula.example.com", "fd00::1",
            "mapped.example.com", "::ffff:192.168.1.1",
            "partner.internal", "192.168.10.5");

    private static EndpointRule.Resolver dns() {
        return host -> {
            String address = DNS.get(host);
            if (address == null) {
                try {
                    // a literal address resolves to itself, without a lookup
                    return new InetAddress[] {InetAddress.getByName(literal(host))};
                } catch (UnknownHostException e) {
                    throw e;
                }
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        };
    }

    private static String literal(String host) throws UnknownHostException {
        if (!host.matches("[0-9a-fA-F:.]+")) {
            throw new UnknownHostException("no such host in the test's DNS");
        }
        return host;
    }

    private static final EndpointRule PRODUCTION = new EndpointRule(true, false, "", dns());
    private static final EndpointRule TESTS = new EndpointRule(true, true, "", dns());
    private static final EndpointRule DEMO = new EndpointRule(false, false, "", dns());

    @Test
    @DisplayName("https to a public address is accepted in production")
    void publicHttps() {
        assertThat(PRODUCTION.check("https://receiver.example.com/hooks?x=1").toString())
                .isEqualTo("https://receiver.example.com/hooks?x=1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://intranet.example.com/",
                "https://metadata.example.com/latest",
                "https://cgnat.example.com/",
                "https://ula.example.com/",
                "https://mapped.example.com/",
                "https://localhost/",
                "https://127.0.0.1:8443/",
                "https://[::1]/",
                "https://0.0.0.0/",
                "https://10.0.0.1/"
            })
    @DisplayName("in production, an internal, link-local, loopback or unspecified address is refused (SSRF)")
    void internalRefused(String url) {
        assertRefused(PRODUCTION, url, "webhook.url.internalAddress");
    }

    @Test
    @DisplayName("http is refused in production, to a public host and to loopback alike")
    void httpRefusedInProduction() {
        assertRefused(PRODUCTION, "http://receiver.example.com/", "webhook.url.scheme");
        assertRefused(PRODUCTION, "http://127.0.0.1:8080/", "webhook.url.scheme");
    }

    @Test
    @DisplayName("with allow-http-loopback, http to loopback is accepted, http anywhere else still refused")
    void httpLoopbackWhenAllowed() {
        assertThat(TESTS.check("http://127.0.0.1:45678/hook").getPort()).isEqualTo(45678);
        assertThat(TESTS.check("http://localhost:45678/hook").getHost()).isEqualTo("localhost");
        assertRefused(TESTS, "http://receiver.example.com/", "webhook.url.scheme");
        assertRefused(TESTS, "http://10.0.0.1/", "webhook.url.scheme");
        assertRefused(TESTS, "https://intranet.example.com/", "webhook.url.internalAddress");
    }

    @Test
    @DisplayName("outside production: http to loopback and https to private networks, never http elsewhere")
    void demo() {
        assertThat(DEMO.check("http://127.0.0.1:9000/").getHost()).isEqualTo("127.0.0.1");
        assertThat(DEMO.check("https://intranet.example.com/").getHost()).isEqualTo("intranet.example.com");
        assertRefused(DEMO, "http://intranet.example.com/", "webhook.url.scheme");
    }

    @Test
    @DisplayName("the allow-list lets a named internal host or a range through, and nothing else")
    void allowList() {
        EndpointRule byName = new EndpointRule(true, false, " partner.internal , ", dns());
        EndpointRule byRange = new EndpointRule(true, false, "10.0.0.0/8", dns());

        assertThat(byName.check("https://partner.internal/").getHost()).isEqualTo("partner.internal");
        assertRefused(byName, "https://intranet.example.com/", "webhook.url.internalAddress");
        assertThat(byRange.check("https://intranet.example.com/").getHost()).isEqualTo("intranet.example.com");
        assertRefused(byRange, "https://partner.internal/", "webhook.url.internalAddress");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "receiver.example.com/hook",
                "https://user:pass@receiver.example.com/",
                "https://receiver.example.com/#fragment",
                "https:///path",
                "https://exa mple.com/"
            })
    @DisplayName("not an absolute URL with a host, or with user information or a fragment: refused")
    void malformed(String url) {
        assertRefused(PRODUCTION, url, "webhook.url.invalid");
    }

    @Test
    @DisplayName("other schemes, an unknown host and a URL over 500 characters are refused")
    void otherRefusals() {
        assertRefused(PRODUCTION, "ftp://receiver.example.com/", "webhook.url.scheme");
        assertRefused(PRODUCTION, "file:///etc/passwd", "webhook.url.invalid");
        assertRefused(PRODUCTION, "https://nowhere.example.com/", "webhook.url.unresolved");
        assertRefused(PRODUCTION, "https://receiver.example.com/" + "a".repeat(480), "webhook.url.invalid");
    }

    private static void assertRefused(EndpointRule rule, String url, String key) {
        assertThatThrownBy(() -> rule.check(url))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}

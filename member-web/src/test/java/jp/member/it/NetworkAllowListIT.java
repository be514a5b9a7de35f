package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.staff.boundary.SignInNetworkAdministration;
import jp.member.staff.boundary.StaffAuthentication;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff sign in only from approved networks (and, where configured, registered devices). The test deployment allows
 * 127.0.0.0/8 for every role and trusts 127.0.0.1 as its proxy, so a request with X-Forwarded-For comes "from" that
 * address.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkAllowListIT {

    private static final String PASSWORD = "sakura-no-hana-2026";
    // TEST-NET-1: no test ever allows it
    private static final String OUTSIDE = "192.0.2.9";
    private static final String FAILED = "ユーザー名、パスワード、または確認コードが正しくありません";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    StaffAuthentication authentication;

    @Inject
    SignInNetworkAdministration networks;

    @Inject
    AsAdmin asAdmin;

    @Test
    @RunAsClient
    @DisplayName("the right password from a network not allowed is refused like a wrong one, recorded and alerted")
    void outsideNetworkRefused() throws Exception {
        String username = staff(Roles.AGENT);
        WebClient client = new WebClient(base.toURI());

        HttpResponse<String> refused = client.signIn(username, PASSWORD, "X-Forwarded-For", OUTSIDE);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(FAILED);
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(302);
        assertThat(TestDatabase.rows("SELECT outcome, client_address FROM sign_in_event WHERE username = ?", username))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("OUTSIDE_NETWORKS", OUTSIDE));
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM alert WHERE rule_code = 'SIGN_IN_OUTSIDE_NETWORKS' AND actor = ?",
                        username))
                .isEqualTo(1L);
    }

    @Test
    @RunAsClient
    @DisplayName("a live session used from a network not allowed ends at that request")
    void sessionMovedOutsideEnds() throws Exception {
        String username = staff(Roles.AGENT);
        WebClient client = new WebClient(base.toURI());
        client.signIn(username, PASSWORD);
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> elsewhere =
                client.send(java.net.http.HttpRequest.newBuilder(client.uri("/agent/home.xhtml"))
                        .header("X-Forwarded-For", OUTSIDE)
                        .build());

        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(elsewhere)).endsWith("/login.xhtml");
        assertThat(client.get("/agent/home.xhtml").statusCode())
                .as("the session is gone")
                .isEqualTo(302);
    }

    @Test
    @DisplayName(
            "a role that needs a registered device signs in only with a registered one (whose fingerprint the proxy may"
                    + " write with colons and in capitals); the header from anyone but a proxy: ClientAddressTest")
    void deviceRequired() throws Exception {
        String username = staff(Roles.AUDITOR);
        String device = jp.member.shared.Secrets.sha256Hex(username); // a fingerprint of its own
        System.setProperty("member.device.roles", Roles.AUDITOR);
        try {
            assertThat(signIn(username, null).accepted()).isFalse();
            assertThat(signIn(username, jp.member.shared.Secrets.sha256Hex("another device"))
                            .accepted())
                    .isFalse();
            asAdmin.call(() -> {
                networks.registerDevice(device.toUpperCase(Locale.ROOT).replaceAll("(..)(?!$)", "$1:"), "監査室 PC-01");
                return null;
            });

            assertThat(signIn(username, device).accepted()).isTrue();
        } finally {
            System.clearProperty("member.device.roles");
        }
    }

    @Test
    @DisplayName(
            "an administrator cannot remove the network they are in from the administrators' ones; bad input changes nothing")
    void administratorsCannotLockThemselvesOut() throws Exception {
        long admins = ((Number) TestDatabase.scalar(
                        "SELECT id FROM allowed_network WHERE role = 'ADMIN' AND cidr = '127.0.0.0/8'"))
                .longValue();
        long before = count();

        assertThatThrownBy(() -> asAdmin.call(() -> {
                    networks.remove(admins);
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("network.lockout");
        for (String bad : new String[] {"10.0.0.0/33", "example.com", "", "10.0.0.1/8/8"}) {
            assertThatThrownBy(() -> asAdmin.call(() -> {
                        networks.allow(Roles.AGENT, bad, "bad");
                        return null;
                    }))
                    .as(bad)
                    .isInstanceOf(BusinessException.class);
        }
        // a network of its own (198.18.0.0/16: this class's part of the range for tests), removed again
        String network = TestDatabase.unusedTestNetwork("198.18");
        String label = "大阪コールセンター " + java.util.UUID.randomUUID();
        asAdmin.call(() -> {
            networks.allow(Roles.AGENT, network + ".77/24", label);
            return null;
        });
        try {
            assertAllowedAndRecorded(network, label, before);
        } finally {
            TestDatabase.update("DELETE FROM allowed_network WHERE label = ?", label);
        }
    }

    private static void assertAllowedAndRecorded(String network, String label, long before) throws Exception {

        assertThat(count()).isEqualTo(before + 1);
        assertThat(TestDatabase.scalar("SELECT cidr FROM allowed_network WHERE label = ?", label))
                .as("kept in its normal form")
                .isEqualTo(network + ".0/24");
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'SIGN_IN_NETWORKS_CHANGED' AND target = ?",
                        "allowed AGENT " + network + ".0/24"))
                .isNotEqualTo(0L);
    }

    private jp.member.staff.boundary.SignInResult signIn(String username, String device) {
        return authentication.signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), "127.0.0.1", device);
    }

    private static long count() throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM allowed_network")).longValue();
    }

    private static String staff(String role) throws Exception {
        String username = TestDatabase.uniqueUsername(role.toLowerCase(Locale.ROOT));
        TestDatabase.insertStaff(username, PASSWORD, false, role);
        return username;
    }
}

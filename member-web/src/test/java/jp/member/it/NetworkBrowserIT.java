package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import jp.member.security.Roles;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Sign-in networks in the browser: an agent's sign-in from an office network nobody allowed is refused and a manager
 * sees the alert; an administrator allows the network, and the agent gets in. The browser comes "from" the office
 * through the trusted proxy the test deployment stands in for (X-Forwarded-For).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkBrowserIT extends InBrowser {

    private static final String PASSWORD = "momiji-gari-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void backHome() {
        browser.sendHeaders(Map.of());
    }

    @Test
    @DisplayName("refused from a network not allowed, alerted to a manager; allowed by an administrator, then let in")
    void allowListInTheBrowser() throws Exception {
        // an office network of its own (198.19.0.0/16: this class's part of the range for tests), removed again
        String network = TestDatabase.unusedTestNetwork("198.19");
        String office = network + "." + (1 + new java.util.Random().nextInt(254));
        try {
            refusedAlertedAllowed(network, office);
        } finally {
            TestDatabase.update("DELETE FROM allowed_network WHERE cidr = ?", network + ".0/24");
        }
    }

    private void refusedAlertedAllowed(String network, String office) throws Exception {
        String agent = TestDatabase.uniqueUsername("agent");
        TestDatabase.insertStaff(agent, PASSWORD, false, Roles.AGENT);

        browser.sendHeaders(Map.of("X-Forwarded-For", office));
        browser.signIn(base, agent, PASSWORD);
        browser.waitForText(By.id("login:messages"), "正しくありません");
        browser.screenshot("network-refused");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");

        browser.sendHeaders(Map.of());
        signIn(base, Roles.MANAGER, "/manager/home.xhtml", PASSWORD);
        browser.waitForText(By.id("alerts:open-alerts"), agent);
        assertThat(browser.byId("alerts:open-alerts").getText()).contains("許可のないネットワーク・端末からのログイン");
        browser.screenshot("network-alert");

        signIn(base, Roles.ADMIN, "/admin/home.xhtml", PASSWORD);
        browser.open(base, "/admin/networks.xhtml");
        browser.choose("networkRole", Roles.AGENT);
        browser.type("allow:cidr", network + ".0/24");
        browser.type("allow:label", "試験用オフィス " + office.toLowerCase(Locale.ROOT));
        browser.click("allow:submit");
        browser.waitForText(By.id("networks:list"), network + ".0/24");
        browser.screenshot("network-allowed");

        browser.sendHeaders(Map.of("X-Forwarded-For", office));
        browser.signIn(base, agent, PASSWORD);
        browser.waitForUrlEnding("/agent/home.xhtml");
        assertThat(TestDatabase.scalar(
                        "SELECT client_address FROM sign_in_event WHERE username = ? AND outcome = 'SUCCESS'", agent))
                .isEqualTo(office);
    }
}

package jp.member.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import jp.member.security.Roles;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.PageStandard;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What a person whose company signs them in through its OpenID provider sees in the browser (issue 18). The browser
 * reaches the application at {@code localhost} and the provider at {@code 127.0.0.1}: two sites, as in production,
 * so the {@code SameSite=Strict} session cookie is not sent on the way back from the provider.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "member.directory.it", matches = "true")
class OpenIdBrowserIT extends InBrowser {

    @Deployment
    static WebArchive deployment() {
        return DirectoryStaff.deployment();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void provider() throws Exception {
        TestProvider.server();
    }

    @AfterEach
    void policyOff() throws Exception {
        OpenIdStaff.providerMfaAccepted(false);
    }

    @Test
    @DisplayName(
            "the sign-in page offers the company's sign-in with a Japanese label and meets the page standard (axe)")
    void buttonOnTheSignInPage() {
        browser.forgetSession(base);
        browser.open(base, "/login.xhtml");

        assertThat(browser.byId("openid-start").getText()).isEqualTo("会社のアカウントでログイン");
        assertThat(browser.byId("openid-start").getTagName())
                .as("a plain link, no form")
                .isEqualTo("a");
        assertThat(PageStandard.findings(browser, true)).isEmpty();
    }

    @Test
    @DisplayName("a manager clicks the button, signs in at the provider's form (with its MFA, accepted by the"
            + " administrators) and lands on the manager's start page")
    void managerSignsInThroughTheProvider() throws Exception {
        String username = TestDatabase.uniqueUsername("oidc-manager");
        String subject = "sub-" + username;
        OpenIdStaff.veteran(username, subject, Roles.AGENT);
        OpenIdStaff.providerMfaAccepted(true);
        browser.forgetSession(base);
        browser.open(base, "/login.xhtml");

        browser.click("openid-start");
        browser.find(By.name("username")).sendKeys(subject);
        browser.find(By.name("claims"))
                .sendKeys(TestProvider.claims(
                        username, "プロバイダ 部長", List.of(TestProvider.MANAGERS), List.of("pwd", "mfa")));
        browser.find(By.cssSelector("input[type=submit]")).click();

        browser.waitForUrlEnding("/manager/home.xhtml");
        assertThat(browser.byId("start-title").getText()).isEqualTo("マネージャー ホーム");
        assertThat(browser.hasLinkTo("/agent/home.xhtml")).isFalse();
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("code=").doesNotContain(username);
        browser.screenshot("openid-manager-home");
    }

    @Test
    @DisplayName("the break-glass administrator turns the provider's MFA on on the networks page; the switch is kept"
            + " and the change is on the audit trail")
    void administratorAcceptsTheProvidersMfa() throws Exception {
        String password = "garasu-wo-waru-2026-oidc";
        DirectoryStaff.breakGlassAdministrator(password);
        OpenIdStaff.providerMfaAccepted(false);
        long before = auditEntries();

        browser.signIn(base, DirectoryStaff.BREAK_GLASS, password);
        browser.waitForUrlEnding("/admin/home.xhtml");
        browser.open(base, "/admin/networks.xhtml");
        browser.waitForText(By.tagName("body"), "外部の認証プロバイダの多要素認証");
        assertThat(PageStandard.findings(browser, true)).isEmpty();
        browser.find(By.cssSelector("#provider-mfa\\:accepted .ui-chkbox-box")).click();
        browser.click("provider-mfa:save-provider-mfa");

        assertThat(DirectoryStaff.within(
                        java.time.Duration.ofSeconds(10),
                        () -> Boolean.TRUE.equals(
                                TestDatabase.scalar("SELECT enabled FROM sign_in_policy WHERE name = 'provider-mfa'"))))
                .as("the switch is on")
                .isTrue();
        assertThat(auditEntries()).isEqualTo(before + 1);
        assertThat(TestDatabase.scalar(
                        "SELECT actor FROM audit_entry WHERE event_type = 'SIGN_IN_POLICY_CHANGED' ORDER BY id DESC"
                                + " LIMIT 1"))
                .isEqualTo(DirectoryStaff.BREAK_GLASS);
    }

    private static long auditEntries() throws Exception {
        return ((Number) TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'SIGN_IN_POLICY_CHANGED'"
                                + " AND reason = 'accepted'"))
                .longValue();
    }

    @Test
    @DisplayName("a person with no mapped group comes back to the sign-in page with the message, no error page")
    void refusedInTheBrowser() throws Exception {
        String username = TestDatabase.uniqueUsername("oidc-nogroup");
        browser.forgetSession(base);
        browser.open(base, "/login.xhtml");

        browser.click("openid-start");
        browser.find(By.name("username")).sendKeys("sub-" + username);
        browser.find(By.name("claims"))
                .sendKeys(TestProvider.claims(username, "食堂 委員", List.of(TestProvider.CANTEEN), List.of("mfa")));
        browser.find(By.cssSelector("input[type=submit]")).click();

        browser.waitForText(By.id("openid-failed"), "会社のアカウントでログインできませんでした");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
    }
}

package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jp.member.security.Roles;
import jp.member.testsupport.Browser;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What people click: signing in and out, each role's menu, language, and staff administration. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private static final String PASSWORD = "aki-no-yo-nagaki-2026";
    private static final String FAILED = "ユーザー名、パスワード、または確認コードが正しくありません";

    private static Browser browser;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    @DisplayName("each role signs in to its start page and its menu shows what the role may use, and no more")
    void eachRoleSeesItsMenu() throws Exception {
        record Expectation(String role, String start, String title, boolean staffAdmin) {}
        for (Expectation e : new Expectation[] {
            new Expectation(Roles.AGENT, "/agent/home.xhtml", "オペレーター ホーム", false),
            new Expectation(Roles.MANAGER, "/manager/home.xhtml", "マネージャー ホーム", false),
            new Expectation(Roles.AUDITOR, "/auditor/home.xhtml", "監査 ホーム", false),
            new Expectation(Roles.PRIVACY_OFFICER, "/privacy/home.xhtml", "個人情報保護 ホーム", false),
            new Expectation(Roles.ADMIN, "/admin/home.xhtml", "管理者 ホーム", true)
        }) {
            String username = staff(e.role());

            browser.signIn(base, username, PASSWORD);

            browser.waitForUrlEnding(e.start());
            assertThat(browser.byId("start-title").getText()).isEqualTo(e.title());
            assertThat(browser.hasLinkTo(e.start()))
                    .as(e.role() + " start page in menu")
                    .isTrue();
            assertThat(browser.hasLinkTo("/account/password.xhtml")).isTrue();
            assertThat(browser.hasLinkTo("/admin/staff.xhtml"))
                    .as(e.role() + " sees staff admin")
                    .isEqualTo(e.staffAdmin());
            assertThat(browser.hasLinkTo("/admin/api-clients.xhtml")).isEqualTo(e.staffAdmin());
            assertThat(browser.hasLinkTo("/admin/webhooks.xhtml"))
                    .as(e.role() + " sees the webhooks")
                    .isEqualTo(e.staffAdmin());
            for (String other : new String[] {
                "/agent/home.xhtml", "/manager/home.xhtml", "/auditor/home.xhtml", "/privacy/home.xhtml"
            }) {
                if (!other.equals(e.start())) {
                    assertThat(browser.hasLinkTo(other))
                            .as(e.role() + " sees " + other)
                            .isFalse();
                }
            }
            assertThat(browser.find(By.id("sign-ins")).getText()).contains("成功");
            browser.screenshot("start-" + e.role().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    @DisplayName("a wrong password shows a message in Japanese and stays on the sign-in page")
    void wrongPassword() throws Exception {
        browser.signIn(base, staff(Roles.AGENT), "wrong-password-123");

        browser.waitForText(By.id("login:messages"), FAILED);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("after five failures even the right password shows the same message")
    void lockoutLooksLikeAWrongPassword() throws Exception {
        String username = staff(Roles.AGENT);
        for (int i = 0; i < 5; i++) {
            browser.signIn(base, username, "wrong-password-" + i);
            browser.waitForText(By.id("login:messages"), FAILED);
        }

        browser.signIn(base, username, PASSWORD);

        browser.waitForText(By.id("login:messages"), FAILED);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("signing out returns to the sign-in page; the start page then asks to sign in again")
    void signOut() throws Exception {
        browser.signIn(base, staff(Roles.MANAGER), PASSWORD);
        browser.waitForUrlEnding("/manager/home.xhtml");

        browser.click("shell:signout");

        browser.waitForUrlEnding("/login.xhtml?signedOut=1");
        browser.open(base, "/manager/home.xhtml");
        browser.waitForUrlEnding("/login.xhtml");
    }

    @Test
    @DisplayName("the UI switches to English and back")
    void switchesLanguage() throws Exception {
        browser.forgetSession(base);
        browser.open(base, "/login.xhtml");
        browser.click("login:language");
        browser.waitForText(By.id("login:submit"), "Sign in");

        String auditor = staff(Roles.AUDITOR);
        browser.type("login:username", auditor);
        browser.type("login:password", PASSWORD);
        browser.type("login:code", TestDatabase.oneTimeCode(auditor));
        browser.click("login:submit");

        browser.waitForText(By.id("start-title"), "Audit home");
        browser.click("shell:language");
        browser.waitForText(By.id("start-title"), "監査 ホーム");
    }

    @Test
    @DisplayName("an administrator adds a staff member, who signs in with the one-time password, must replace it"
            + " and then set up a second factor before reaching any work")
    void newStaffMember() throws Exception {
        browser.signIn(base, staff(Roles.ADMIN), PASSWORD);
        browser.waitForUrlEnding("/admin/home.xhtml");
        browser.open(base, "/admin/staff.xhtml");
        String newcomer = TestDatabase.uniqueUsername("newcomer");

        browser.type("create:username", newcomer);
        browser.type("create:displayName", "新人 花子");
        browser.find(By.cssSelector("label[for='create:roles:0']")).click();
        browser.click("create:submit");
        String secret = browser.byId("secret:issued-secret").getText();
        browser.screenshot("staff-secret-shown-once");
        browser.click("secret:forget");
        browser.click("shell:signout");
        browser.waitForUrlEnding("/login.xhtml?signedOut=1");

        browser.signIn(base, newcomer, secret);
        browser.waitForUrlEnding("/account/password.xhtml");
        browser.type("password:current", secret);
        browser.type("password:new", "hajimete-no-shigoto-2026");
        browser.type("password:confirm", "hajimete-no-shigoto-2026");
        browser.click("password:submit");

        browser.waitForUrlEnding("/account/second-factor.xhtml");
        browser.open(base, "/agent/home.xhtml");
        browser.waitForUrlEnding("/account/second-factor.xhtml");
        assertThat(secret).matches("[A-Za-z0-9]{6}(-[A-Za-z0-9]{6}){3}");
    }

    @Test
    @DisplayName("an administrator disables an agent, whose open session ends at its next request")
    void disablingEndsTheAgentsSession() throws Exception {
        String agent = staff(Roles.AGENT);
        WebClient agentsBrowser = new WebClient(base.toURI());
        agentsBrowser.signIn(agent, PASSWORD);
        assertThat(agentsBrowser.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        browser.signIn(base, staff(Roles.ADMIN), PASSWORD);
        browser.waitForUrlEnding("/admin/home.xhtml");
        browser.open(base, "/admin/staff.xhtml");
        browser.find(By.xpath("//tr[.//span[text()='" + agent + "']]//button[contains(@id,':disable')]"))
                .click();
        browser.waitForText(By.xpath("//tr[.//span[text()='" + agent + "']]"), "無効");

        assertThat(WebClient.location(agentsBrowser.get("/agent/home.xhtml"))).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("markup in a staff name is shown as text and never runs")
    void markupIsShownAsText() throws Exception {
        String hostile = "<img src=x onerror=\"document.title='pwned'\">";
        String username = TestDatabase.uniqueUsername("xss");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        TestDatabase.update("UPDATE staff_account SET display_name = ? WHERE username = ?", hostile, username);

        browser.signIn(base, staff(Roles.ADMIN), PASSWORD);
        browser.waitForUrlEnding("/admin/home.xhtml");
        browser.open(base, "/admin/staff.xhtml");

        assertThat(browser.find(By.id("staff:accounts")).getText()).contains(hostile);
        assertThat(browser.driver().getTitle()).isNotEqualTo("pwned");
        assertThat(browser.driver().findElements(By.cssSelector("#staff\\:accounts img")))
                .isEmpty();
    }

    private static String staff(String role) throws Exception {
        String username = TestDatabase.uniqueUsername(role.toLowerCase(java.util.Locale.ROOT));
        TestDatabase.insertStaff(username, PASSWORD, false, role);
        return username;
    }
}

package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import jp.member.security.Roles;
import jp.member.staff.rules.Totp;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Two-step sign-in (TOTP) for the roles that must have it: enrolment with a QR code, codes, recovery codes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondFactorBrowserIT extends InBrowser {

    private static final String PASSWORD = "futatsu-no-kagi-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("a manager without a second factor reaches only its set-up; after it, signs in with password and code")
    void managerEnrolsAndSignsInWithCode() throws Exception {
        String manager = TestDatabase.uniqueUsername("mfa");
        TestDatabase.insertStaffWithoutSecondFactor(manager, PASSWORD, Roles.MANAGER);

        browser.signIn(base, manager, PASSWORD);
        browser.waitForUrlEnding("/account/second-factor.xhtml");
        browser.open(base, "/manager/approvals.xhtml");
        browser.waitForUrlEnding("/account/second-factor.xhtml");

        browser.click("totp:start");
        browser.find(By.cssSelector(".qr svg path"));
        browser.screenshot("second-factor-qr");
        byte[] secret = Totp.fromBase32(browser.byId("secret").getText().replace(" ", ""));
        long step = Totp.step(Instant.now());
        browser.type("totp:code", Totp.code(secret, step));
        browser.click("totp:confirm");
        browser.waitForText(By.id("recovery-codes"), "-");
        String[] recovery = browser.byId("recovery-codes").getText().split("\\s+");
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){6}"));
        browser.open(base, "/manager/approvals.xhtml");
        browser.waitForUrlEnding("/manager/approvals.xhtml");

        browser.forgetSession(base);
        signInWith(manager, PASSWORD, "");
        browser.waitForText(By.id("login:messages"), "確認コードが正しくありません");
        signInWith(manager, PASSWORD, Totp.code(secret, step));
        browser.waitForText(By.id("login:messages"), "確認コードが正しくありません");
        signInWith(manager, PASSWORD, Totp.code(secret, step + 1));
        browser.waitForUrlEnding("/manager/home.xhtml");

        browser.forgetSession(base);
        signInWith(manager, PASSWORD, recovery[0]);
        browser.waitForUrlEnding("/manager/home.xhtml");
        browser.forgetSession(base);
        signInWith(manager, PASSWORD, recovery[0]);
        browser.waitForText(By.id("login:messages"), "確認コードが正しくありません");

        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM staff_recovery_code r JOIN staff_account s"
                                + " ON s.id = r.staff_id WHERE s.username = ? AND r.used_at IS NOT NULL",
                        manager))
                .isEqualTo(1L);
        assertThat(TestDatabase.scalar("SELECT totp_secret IS NOT NULL FROM staff_account WHERE username = ?", manager))
                .isIn(true, 1, 1L);
    }

    private void signInWith(String username, String password, String code) {
        browser.open(base, "/login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.type("login:code", code);
        browser.click("login:submit");
    }
}

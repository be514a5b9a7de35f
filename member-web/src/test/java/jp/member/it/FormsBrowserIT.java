package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import jp.member.security.Roles;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Forms and their messages as people meet them (defects 1, 8 and 10 of the workspace issue): a confirmation before a
 * password reset, refusals that stay in their dialog, no error outline left after a successful save, a message when
 * signed out, and field messages that name the field once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormsBrowserIT extends InBrowser {

    private static final String PASSWORD = "katachi-to-kotoba-no-tesuto";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("a password reset asks first; answering no changes nothing")
    void resetAsksFirst() throws Exception {
        String target = TestDatabase.uniqueUsername("reset");
        TestDatabase.insertStaff(target, PASSWORD, false, Roles.AGENT);
        Object hashBefore = passwordHash(target);
        signIn(base, Roles.ADMIN, "/admin/home.xhtml", PASSWORD);
        browser.open(base, "/admin/staff.xhtml");

        resetButtonOf(target).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waitForInvisible(By.cssSelector(".ui-confirm-dialog"));
        assertThat(passwordHash(target)).isEqualTo(hashBefore);

        resetButtonOf(target).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitForText(By.id("messages"), "パスワードをリセットしました");
        assertThat(passwordHash(target)).isNotEqualTo(hashBefore);
    }

    @Test
    @DisplayName("a refused attestation stays in its dialog with the message; a date in bad form is named at the field")
    void attestationErrorsStayInTheDialog() throws Exception {
        String target = TestDatabase.uniqueUsername("attest");
        TestDatabase.insertStaff(target, PASSWORD, false, Roles.AGENT);
        signIn(base, Roles.ADMIN, "/admin/home.xhtml", PASSWORD);
        browser.open(base, "/admin/staff.xhtml");
        browser.find(By.xpath("//tr[td[contains(., '" + target + "')]]"))
                .findElement(By.cssSelector("button[id$=':attest']"))
                .click();
        WebElement dialog = browser.find(By.id("attest-form:attest-dialog"));

        browser.type("attest-form:agreement", "2026/13/40");
        browser.type("attest-form:training", LocalDate.now().plusYears(1).toString());
        browser.click("attest-form:save-attestation");
        browser.waitForText(By.id("attest-form:agreement-message"), "締結日と受講日を入力してください");
        assertThat(dialog.isDisplayed()).isTrue();

        browser.type("attest-form:agreement", LocalDate.now().toString());
        browser.click("attest-form:save-attestation");
        browser.waitForText(By.id("attest-form:attest-messages"), "未来の日付");
        assertThat(browser.byId("attest-form:attest-dialog").isDisplayed()).isTrue();
    }

    @Test
    @DisplayName("after a refused and then a successful save, no input keeps its red error outline")
    void noErrorOutlineAfterSuccess() throws Exception {
        signIn(base, Roles.ADMIN, "/admin/home.xhtml", PASSWORD);
        browser.open(base, "/admin/staff.xhtml");

        browser.click("create:submit");
        browser.find(By.cssSelector("#create .ui-state-error"));
        browser.type("create:username", TestDatabase.uniqueUsername("outline"));
        browser.type("create:displayName", "輪郭 テスト");
        browser.find(By.cssSelector("label[for='create:roles:0']")).click();
        browser.click("create:submit");
        browser.waitForText(By.id("messages"), "スタッフを追加しました");

        assertThat(browser.driver().findElements(By.cssSelector("#create .ui-state-error")))
                .isEmpty();
    }

    @Test
    @DisplayName("signing out says so on the sign-in page")
    void signOutSaysSo() throws Exception {
        signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);

        browser.click("shell:signout");

        browser.waitForUrlEnding("/login.xhtml?signedOut=1");
        assertThat(browser.byId("signed-out").getText()).isEqualTo("ログアウトしました。");
    }

    @Test
    @DisplayName("a refused field's message names the field once, not 「郵便番号: 郵便番号は…」")
    void fieldNamedOnce() throws Exception {
        TestMembers.Created member = TestMembers.create();
        signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);
        browser.open(base, "/members/contact.xhtml?m=" + member.ref());

        browser.type("contact:postalCode", "12-34");
        browser.click("contact:save");
        browser.waitForText(By.id("messages"), "郵便番号は");

        assertThat(browser.byId("messages").getText()).doesNotContain("郵便番号: 郵便番号");
    }

    private static Object passwordHash(String username) throws Exception {
        return TestDatabase.scalar("SELECT password_hash FROM staff_account WHERE username = ?", username);
    }

    private static WebElement resetButtonOf(String username) {
        return browser.find(By.xpath("//tr[td[contains(., '" + username + "')]]"))
                .findElement(By.cssSelector("button[id$=':reset']"));
    }
}

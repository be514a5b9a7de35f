package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jp.member.members.validation.MemberNumbers;
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

/** The auditor at work: who saw a member, and the tamper check of the whole trail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT extends InBrowser {

    private static final String PASSWORD = "kansa-no-me-wa-nemuranai";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("an auditor finds the agent who opened a member's record, with one click")
    void auditorFindsWhoSawMember() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String agent = signIn(Roles.AGENT, "/agent/home.xhtml");
        browser.open(base, "/members/detail.xhtml?m=" + member.ref());
        browser.find(By.id("member-number"));

        signIn(Roles.AUDITOR, "/auditor/home.xhtml");
        browser.open(base, "/auditor/trail.xhtml");
        browser.type("audit:member", member.memberNumber());
        browser.click("audit:who-saw");
        browser.waitForText(By.id("audit:entries"), agent);
        browser.screenshot("audit-who-saw");

        assertThat(browser.byId("audit:entries").getText())
                .contains("個人情報の閲覧", "会員画面を表示", member.memberNumber())
                .doesNotContain(member.data().phone(), member.data().email());
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'AUDIT_SEARCHED' AND member_id = ?",
                        member.id()))
                .isEqualTo(1L);
    }

    @Test
    @DisplayName("an auditor verifies the chain and takes a checkpoint line out")
    void auditorVerifiesChain() throws Exception {
        signIn(Roles.AUDITOR, "/auditor/home.xhtml");
        browser.open(base, "/auditor/verify.xhtml");

        browser.click("verify:run");
        browser.waitForText(By.id("messages"), "改ざんはありません");
        browser.click("verify:checkpoint");
        browser.waitForText(By.id("checkpoint-line"), "member-audit-checkpoint v1");
        browser.screenshot("audit-verify");

        assertThat(browser.byId("verify:verified").getText()).matches("[1-9][0-9]{0,2}(,[0-9]{3})*");
    }

    @Test
    @DisplayName("an agent without an attestation is told why and sees nothing; an admin records it, then it opens")
    void attestationGatesPersonalData() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String agent = TestDatabase.uniqueUsername("agent");
        TestDatabase.insertStaff(agent, PASSWORD, false, false, Roles.AGENT);
        browser.signIn(base, agent, PASSWORD);
        browser.waitForUrlEnding("/agent/home.xhtml");

        browser.open(base, "/members/detail.xhtml?m=" + member.ref());
        browser.waitForText(By.id("messages"), "守秘義務契約の記録がない");
        browser.screenshot("attestation-refused");
        assertThat(browser.driver().getPageSource()).doesNotContain(member.memberNumber());
        assertThat(readsOf(member.id())).isEqualTo(0L);

        signIn(Roles.ADMIN, "/admin/home.xhtml");
        browser.open(base, "/admin/staff.xhtml");
        By row = By.xpath("//tr[td[contains(., '" + agent + "')]]");
        browser.find(row).findElement(By.cssSelector("button[id$=':attest']")).click();
        browser.find(By.id("attest-form:agreement"));
        browser.type("attest-form:agreement", java.time.LocalDate.now().toString());
        browser.type("attest-form:training", java.time.LocalDate.now().toString());
        browser.screenshot("attestation-dialog");
        browser.click("attest-form:save-attestation");
        browser.waitForText(By.id("messages"), "誓約・研修の記録を更新しました");
        browser.waitForText(
                By.xpath("//tr[td[contains(., '" + agent + "')]]//span[contains(@id, ':attestation')]"), "有効");

        browser.signIn(base, agent, PASSWORD);
        browser.waitForUrlEnding("/agent/home.xhtml");
        browser.open(base, "/members/detail.xhtml?m=" + member.ref());
        browser.waitForText(By.id("member-number"), MemberNumbers.format(member.memberNumber()));
        assertThat(readsOf(member.id())).isEqualTo(1L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'STAFF_CHANGED' AND target LIKE ?",
                        "staff:" + agent + ";attested:%"))
                .isEqualTo(1L);
    }

    private static Object readsOf(long memberId) throws Exception {
        return TestDatabase.scalar(
                "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'PERSONAL_DATA_READ' AND member_id = ?", memberId);
    }

    private String signIn(String role, String home) throws Exception {
        return signIn(base, role, home, PASSWORD);
    }
}

package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.PointsInvariants;
import jp.member.testsupport.ServerLog;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Points at work: an agent's history and corrections, a manager's approval, the liability report. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PointsBrowserIT extends InBrowser {

    private static final String PASSWORD = "hoshi-no-kazu-no-point";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("an agent sees the member's history and lots, and makes a small adjustment with a reason")
    void historyAndSmallAdjustment() throws Exception {
        TestMembers.Created member = memberWithPurchase(4_200);
        signIn(Roles.AGENT, "/agent/home.xhtml");

        browser.open(base, "/members/points.xhtml?m=" + member.ref());
        browser.waitForText(By.id("points:history"), "42");
        browser.waitForText(By.id("points:lots"), "42");
        browser.type("points:adjust-points", "8");
        browser.type("points:adjust-reason", "レシート確認のうえ付与");
        browser.click("points:adjust");
        browser.waitForText(By.id("balance"), "50");
        browser.screenshot("points-history-adjusted");

        assertThat(browser.byId("points:history").getText()).contains("レシート確認のうえ付与", "+8pt", "+42pt", "¥4,200");
        assertThat(browser.byId("balance").getText()).isEqualTo("50pt");
        assertThat(PointsInvariants.entries(member.id(), "ADJUSTMENT")).isEqualTo(1);
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(50);
    }

    @Test
    @DisplayName("the history filtered by type shows only entries of the ticked type, and no failure is logged")
    void historyFilteredByType() throws Exception {
        long failuresBefore = ServerLog.occurrences("NoSuchMethodException");
        TestMembers.Created member = memberWithPurchase(4_200);
        signIn(Roles.AGENT, "/agent/home.xhtml");
        browser.open(base, "/members/points.xhtml?m=" + member.ref());
        browser.type("points:adjust-points", "5");
        browser.type("points:adjust-reason", "来店お詫び");
        browser.click("points:adjust");
        browser.waitForText(By.id("balance"), "47");
        assertThat(browser.byId("points:history").getText()).contains("付与", "調整");

        browser.click("points:types");
        browser.find(By.xpath("//div[@id='points:types_panel']//li[.//label[normalize-space()='調整']]"))
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        browser.click("points:filter");
        browser.waitForText(By.id("points:history"), "来店お詫び");
        browser.waitForNoText(By.id("points:history"), "付与");
        browser.screenshot("points-history-by-type");

        assertThat(browser.byId("points:history").getText()).contains("調整").doesNotContain("付与");
        ServerLog.awaitWritten();
        assertThat(ServerLog.occurrences("NoSuchMethodException"))
                .as("the filter's choices reach the page without a failure in the server log")
                .isEqualTo(failuresBefore);
    }

    @Test
    @DisplayName("a large adjustment waits in the manager's inbox; another manager approves it")
    void largeAdjustmentApproved() throws Exception {
        TestMembers.Created member = memberWithPurchase(1_000);
        signIn(Roles.AGENT, "/agent/home.xhtml");
        browser.open(base, "/members/points.xhtml?m=" + member.ref());
        browser.type("points:adjust-points", "3000");
        browser.type("points:adjust-reason", "システム障害の補償");
        browser.click("points:adjust");
        browser.waitForText(By.id("messages"), "承認待ち");
        assertThat(browser.byId("balance").getText()).isEqualTo("10pt");

        signIn(Roles.MANAGER, "/manager/home.xhtml");
        browser.open(base, "/manager/approvals.xhtml");
        By row = By.xpath("//tr[td[contains(., '" + member.memberNumber() + "')]]");
        assertThat(browser.find(row).getText())
                .as("points with sign, separator and unit")
                .contains("+3,000pt");
        browser.screenshot("points-approval-inbox");
        browser.find(row).findElement(By.cssSelector("button[id$=':approve']")).click();
        browser.waitForText(By.id("messages"), "ポイントを調整しました");

        assertThat(browser.driver().findElements(row)).isEmpty();
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(3_010);
        assertThat(TestDatabase.scalar("SELECT status FROM adjustment_request WHERE member_id = ?", member.id()))
                .isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("the liability page draws its chart and table for the year")
    void liabilityReport() throws Exception {
        memberWithPurchase(2_500);
        signIn(Roles.AUDITOR, "/auditor/home.xhtml");

        browser.open(base, "/reports/liability.xhtml");
        browser.choose("reportKind", "YEAR");
        browser.click("report:run");
        browser.find(By.cssSelector("#report\\:chart canvas"));
        browser.screenshot("liability-report");

        assertThat(browser.byId("report:rollforward").getText()).contains("期首残高", "契約負債");
        assertThat(browser.driver().findElements(By.cssSelector("#report\\:cohorts tbody tr")))
                .isNotEmpty();
        assertThat(browser.byId("report:csv").isDisplayed()).isTrue();
    }

    /** A new member with one purchase earned through the till API (1 point per 100 yen at REGULAR). */
    private TestMembers.Created memberWithPurchase(long yen) throws Exception {
        TestMembers.Created member = TestMembers.create();
        ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);
        var earned = till.post(
                "/api/v1/points/earn",
                "{\"cardNumber\":\"" + member.memberNumber() + "\",\"storeCode\":\"S-9\",\"amountYen\":" + yen
                        + ",\"transactionId\":\"b-" + UUID.randomUUID() + "\"}");
        assertThat(earned.statusCode()).as(earned.body()).isEqualTo(200);
        return member;
    }

    private String signIn(String role, String home) throws Exception {
        return signIn(base, role, home, PASSWORD);
    }
}

package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
import org.openqa.selenium.chromium.HasCdp;

/**
 * The privacy officer's journey in the browser: an access alert becomes an incident in one click, its first scope
 * computed from the alert's account; the scope refined with the leaked member numbers; counts and clocks on the
 * page; the preliminary report pre-filled and print-ready; exports locked down and the lockdown lifted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentBrowserIT extends InBrowser {

    private static final String PASSWORD = "rouei-taiou-2026-desk";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("from an alert to a scoped incident, its clocks and preliminary report, and an export lockdown")
    void fromAlertToReport() throws Exception {
        TestMembers.Created revealed = TestMembers.create();
        TestMembers.Created viewed = TestMembers.create();
        String agent = TestDatabase.uniqueUsername("night");
        Instant now = Instant.now();
        long first = IncidentsIT.read(
                agent, "STAFF", revealed.id(), "REVEAL", "name_kanji,phone", now.minus(20, ChronoUnit.MINUTES));
        IncidentsIT.read(agent, "STAFF", viewed.id(), "VIEW", "name_kanji", now.minus(10, ChronoUnit.MINUTES));
        long alert = alertAbout(agent, first, now.minus(5, ChronoUnit.MINUTES));
        signIn(base, Roles.PRIVACY_OFFICER, "/privacy/home.xhtml", PASSWORD);

        // one click from the alert on the start page
        browser.find(By.xpath("//tr[td[contains(., '" + agent + "')]]//a[contains(., '事案として登録')]"))
                .click();
        browser.waitForUrlEnding("/privacy/incident-new.xhtml?alert=" + alert);
        browser.type("facts:title", "夜間の個人情報の閲覧");
        browser.type("facts:knownBy", "コールセンター長");
        browser.select("facts:kind", "LEAK");
        browser.select("facts:cause", "INSIDER");
        browser.find(By.cssSelector("input[name='facts:malice'][value='YES']")).click();
        browser.click("facts:open");
        browser.waitForText(By.id("incident-title"), "夜間の個人情報の閲覧");
        String ref = browser.byId("incident-ref").getText();

        // clocks and the evaluation on the summary tab
        assertThat(browser.byId("preliminary-due").getText()).isNotBlank();
        assertThat(browser.byId("final-due").getText()).isNotBlank();
        assertThat(browser.byId("reportable-verdict").getText()).contains("報告と本人への通知が必要");

        // the alert's account over the evidence period is the first scope: two members
        tab("scope-tab");
        browser.waitForText(By.id("count-members"), "2");
        assertThat(browser.byId("count-exposed").getText()).isEqualTo("2");

        // refined: the leaked file held one member's number and name
        browser.select("incident:tabs:scope-kind", "MEMBER_LIST");
        browser.type("incident:tabs:scope-memberNumbers", revealed.memberNumber());
        browser.find(By.cssSelector("input[name='incident:tabs:scope-items'][value='name_kanji']"))
                .click();
        browser.click("incident:tabs:compute-scope");
        browser.waitForText(By.id("count-members"), "1");
        assertThat(browser.find(By.id("incident:tabs:scope-items-table")).getText())
                .contains("会員番号", "氏名");

        // the preliminary report, pre-filled, print-ready
        tab("reports-tab");
        browser.click("incident:tabs:report-preliminary");
        browser.waitForText(By.id("report-heading"), "速報");
        assertThat(browser.byId("report:item3").getAttribute("value")).contains("1名");
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.driver().findElement(By.id("ppc-report")).isDisplayed())
                    .isTrue();
            assertThat(browser.driver().findElements(By.cssSelector(".ui-menubar, button[id='report:save-report']")))
                    .as("the menu and the buttons are not printed")
                    .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
        } finally {
            ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        browser.screenshot("incident-preliminary-report");

        // lock every export down from the incident, then lift it
        browser.open(base, "/privacy/incident.xhtml?ref=" + ref);
        tab("containment-tab");
        browser.select("incident:tabs:containment-action", "LOCK_EXPORTS");
        browser.type("incident:tabs:containment-reason", "持ち出しの有無を調べるため");
        browser.click("incident:tabs:take-containment");
        browser.waitForText(By.id("incident:tabs:containments"), "持ち出しの有無を調べるため");
        assertThat(lockdown()).isTrue();

        browser.type("incident:tabs:containments:0:lift-reason", "持ち出しがないことを確認した");
        browser.click("incident:tabs:containments:0:lift");
        browser.waitForText(By.id("incident:tabs:containments"), "持ち出しがないことを確認した");
        assertThat(lockdown()).isFalse();
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE target = ? AND event_type IN"
                                + " ('INCIDENT_CONTAINED', 'INCIDENT_CONTAINMENT_LIFTED')",
                        "incident:" + ref))
                .isEqualTo(2L);
    }

    @Test
    @DisplayName("bad input on the incident forms is named at its field in Japanese, and nothing is recorded")
    void badInputChangesNothing() throws Exception {
        Object before = TestDatabase.scalar("SELECT COUNT(*) FROM incident");
        signIn(base, Roles.PRIVACY_OFFICER, "/privacy/home.xhtml", PASSWORD);

        browser.open(base, "/privacy/incident-new.xhtml");
        browser.type("facts:knownAt", "2999-01-01");
        browser.click("facts:open");

        browser.waitForText(messageAt("facts:title"), "件名を200文字以内で入力してください");
        assertThat(browser.find(messageAt("facts:knownAt")).getText()).contains("未来の日時は指定できません");
        assertThat(browser.driver().getCurrentUrl()).contains("/privacy/incident-new.xhtml");
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM incident")).isEqualTo(before);
    }

    /** The message shown next to a field (its p:message, in the same field box). */
    private static By messageAt(String fieldId) {
        return By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[contains(@class, 'ui-message')]");
    }

    private void tab(String id) {
        browser.find(By.cssSelector("a[href='#incident:tabs:" + id + "']")).click();
        browser.find(By.id("incident:tabs:" + id));
    }

    private static boolean lockdown() throws Exception {
        Object locked = TestDatabase.scalar("SELECT locked FROM export_lockdown WHERE id = 1");
        return locked instanceof Boolean b ? b : ((Number) locked).intValue() != 0;
    }

    /** An open access alert about the account, with one trail entry as its evidence. */
    private static long alertAbout(String agent, long evidence, Instant raisedAt) throws Exception {
        TestDatabase.update(
                "INSERT INTO alert (rule_code, actor, actor_kind, raised_at, hit_count, status, suspended, version)"
                        + " VALUES ('OUTSIDE_HOURS', ?, 'STAFF', ?, 2, 'OPEN', FALSE, 0)",
                agent,
                java.sql.Timestamp.from(raisedAt));
        long alert = ((Number) TestDatabase.scalar("SELECT id FROM alert WHERE actor = ?", agent)).longValue();
        TestDatabase.update("INSERT INTO alert_evidence (alert_id, entry_id) VALUES (?, ?)", alert, evidence);
        return alert;
    }
}

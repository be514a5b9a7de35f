package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.member.members.validation.PhoneNumber;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.PageStandard;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every page each role can reach, in Japanese and in English, held to {@link PageStandard} (issue 13): axe-core finds
 * nothing critical or serious, the page fits 1366×768 without scrolling sideways, the menu stays on one row, no
 * button label breaks inside a word, no resource fails to load, and Japanese pages show words, not codes. Each role
 * signs in once; all findings of a role are reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT extends InBrowser {

    private static final String PASSWORD = "hana-no-iro-wa-utsurinikeri";

    private static TestMembers.Created member;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("every page an agent can reach meets the standard in Japanese and English")
    void agentPages() throws Exception {
        TestMembers.Created m = member();
        List<Visit> pages = new ArrayList<>(List.of(
                Visit.to("/agent/home.xhtml"),
                searchFor(m),
                memberViewAtWork(m),
                Visit.to("/members/points.xhtml?m=" + m.ref()),
                Visit.to("/members/contact.xhtml?m=" + m.ref()),
                Visit.to("/members/requests.xhtml?m=" + m.ref()),
                Visit.to("/members/enrol.xhtml"),
                Visit.to("/published-matters.xhtml")));
        pages.addAll(accountPages());

        assertMeetStandard(Roles.AGENT, "/agent/home.xhtml", pages);
    }

    @Test
    @DisplayName("every page a manager can reach meets the standard in Japanese and English")
    void managerPages() throws Exception {
        TestMembers.Created m = member();
        List<Visit> pages = new ArrayList<>(List.of(
                Visit.to("/manager/home.xhtml"),
                searchFor(m),
                Visit.to("/members/detail.xhtml?m=" + m.ref()),
                Visit.to("/members/points.xhtml?m=" + m.ref()),
                Visit.to("/members/contact.xhtml?m=" + m.ref()),
                Visit.to("/members/enrol.xhtml"),
                Visit.to("/members/merge.xhtml?m=" + m.ref()),
                Visit.to("/members/requests.xhtml?m=" + m.ref()),
                Visit.to("/published-matters.xhtml"),
                Visit.to("/manager/approvals.xhtml"),
                Visit.to("/manager/exports.xhtml"),
                Visit.to("/manager/export-approvals.xhtml"),
                Visit.to("/manager/alerts.xhtml"),
                Visit.to("/manager/access-review.xhtml"),
                Visit.to("/reports/liability.xhtml"),
                Visit.to("/reports/provisions.xhtml"),
                Visit.to("/programme/settings.xhtml")));
        pages.addAll(accountPages());

        assertMeetStandard(Roles.MANAGER, "/manager/home.xhtml", pages);
    }

    @Test
    @DisplayName("every page an auditor can reach meets the standard in Japanese and English")
    void auditorPages() throws Exception {
        List<Visit> pages = new ArrayList<>(List.of(
                Visit.to("/auditor/home.xhtml"),
                Visit.to("/auditor/trail.xhtml"),
                Visit.to("/auditor/verify.xhtml"),
                Visit.to("/reports/liability.xhtml"),
                Visit.to("/reports/provisions.xhtml"),
                Visit.to("/privacy/incidents.xhtml"),
                Visit.to("/privacy/procedure.xhtml"),
                Visit.to("/privacy/requests.xhtml"),
                Visit.to("/privacy/request.xhtml?ref=" + memberRequest()),
                Visit.to("/privacy/published-edit.xhtml"),
                Visit.to("/published-matters.xhtml")));
        pages.addAll(incidentPages(incident()));
        pages.addAll(accountPages());

        assertMeetStandard(Roles.AUDITOR, "/auditor/home.xhtml", pages);
    }

    @Test
    @DisplayName("every page a privacy officer can reach meets the standard in Japanese and English")
    void privacyOfficerPages() throws Exception {
        List<Visit> pages = new ArrayList<>(List.of(
                Visit.to("/privacy/home.xhtml"),
                Visit.to("/privacy/incidents.xhtml"),
                Visit.to("/privacy/incident-new.xhtml"),
                Visit.to("/privacy/procedure.xhtml"),
                Visit.to("/privacy/requests.xhtml"),
                Visit.to("/privacy/request-new.xhtml"),
                Visit.to("/privacy/request.xhtml?ref=" + memberRequest()),
                refusing(memberRequest()),
                Visit.to("/privacy/published-edit.xhtml"),
                Visit.to("/published-matters.xhtml")));
        pages.addAll(incidentPages(incident()));
        pages.addAll(accountPages());

        assertMeetStandard(Roles.PRIVACY_OFFICER, "/privacy/home.xhtml", pages);
    }

    /** The incident page with each of its tabs open, and its preliminary report. */
    private static List<Visit> incidentPages(String ref) {
        List<Visit> pages = new ArrayList<>();
        for (String tab : List.of(
                "summary-tab",
                "scope-tab",
                "containment-tab",
                "reports-tab",
                "notice-tab",
                "measures-tab",
                "timeline-tab")) {
            pages.add(new Visit("/privacy/incident.xhtml?ref=" + ref, () -> {
                browser.find(By.cssSelector("a[href='#incident:tabs:" + tab + "']"))
                        .click();
                browser.find(By.id("incident:tabs:" + tab));
            }));
        }
        pages.add(Visit.to("/privacy/report.xhtml?ref=" + ref + "&stage=PRELIMINARY"));
        return pages;
    }

    /**
     * An open incident with something on every tab — a computed scope, a containment in force (on an account that
     * does not exist, so nobody is held), a measure, a timeline step — written as the application writes them.
     */
    private String incident() throws Exception {
        if (incidentRef == null) {
            String ref = "INC-A11Y-" + UUID.randomUUID().toString().substring(0, 6);
            TestDatabase.update(
                    "INSERT INTO incident (ref, title, status, known_at, known_by, kind, possibility, cause, malice,"
                            + " summary, procedure_version, opened_by, opened_at, response_rating, version)"
                            + " VALUES (?, 'アクセシビリティ確認用の事案', 'OPEN', NOW(6) - INTERVAL 1 DAY, '監査室', 'LEAK',"
                            + " TRUE, 'INSIDER', 'UNKNOWN', '調査中', 1, 'privacy', NOW(6), 'UNKNOWN', 0)",
                    ref);
            long id = ((Number) TestDatabase.scalar("SELECT id FROM incident WHERE ref = ?", ref)).longValue();
            TestDatabase.update(
                    "INSERT INTO incident_scope (incident_id, spec, computed_at, computed_by, members, exposed_members,"
                            + " usable_balance, item_counts, entries_read) VALUES (?, 'STAFF actors=nobody', NOW(6),"
                            + " 'privacy', 2, 1, 0, 'member_number:1:0:1;name_kanji:0:1:1', 3)",
                    id);
            TestDatabase.update(
                    "INSERT INTO incident_containment (incident_id, action, target, reason, taken_at, taken_by)"
                            + " VALUES (?, 'SUSPEND_STAFF', 'nobody-at-all', '調査のため', NOW(6), 'privacy')",
                    id);
            TestDatabase.update(
                    "INSERT INTO incident_measure (incident_id, description, owner, due_on)"
                            + " VALUES (?, '閲覧権限を見直す', '情報システム部', CURRENT_DATE + INTERVAL 30 DAY)",
                    id);
            TestDatabase.update(
                    "INSERT INTO incident_event (incident_id, at, actor, kind) VALUES (?, NOW(6), 'privacy', 'OPENED')",
                    id);
            incidentRef = ref;
        }
        return incidentRef;
    }

    /** A request's page with the decision form at work: a refusal asks for the reason and its text. */
    private static Visit refusing(String ref) {
        return new Visit("/privacy/request.xhtml?ref=" + ref, () -> {
            browser.select("decide:decision", "REFUSED");
            browser.find(By.id("decide:reasonText"));
        });
    }

    /**
     * A member's disclosure request received by post and identified, waiting for the decision with its fee due — the
     * page's facts, identity, decision form and fee all shown — written as the application writes one.
     */
    private String memberRequest() throws Exception {
        if (requestRef == null) {
            String ref = "REQ-A11Y-" + UUID.randomUUID().toString().substring(0, 6);
            TestDatabase.update(
                    "INSERT INTO member_request (ref, kind, member_id, status, channel, requester, identity_method,"
                            + " identity_checked_by, identity_checked_at, delivery, reply_language, fee_yen, fee_status,"
                            + " received_on, received_at, due_on, taken_by, reply_state, version) VALUES (?, 'DISCLOSURE',"
                            + " ?, 'OPEN', 'POST', 'MEMBER', 'ID_DOCUMENT_COPY', 'privacy', NOW(6), 'PAPER', 'ja', 500,"
                            + " 'DUE', CURRENT_DATE, NOW(6), CURRENT_DATE + INTERVAL 14 DAY, 'privacy', 'NONE', 0)",
                    ref,
                    member().id());
            requestRef = ref;
        }
        return requestRef;
    }

    @Test
    @DisplayName("every page an administrator can reach meets the standard in Japanese and English")
    void adminPages() throws Exception {
        List<Visit> pages = new ArrayList<>(List.of(
                Visit.to("/admin/home.xhtml"),
                Visit.to("/admin/staff.xhtml"),
                Visit.to("/admin/import.xhtml"),
                Visit.to("/admin/postal-codes.xhtml"),
                Visit.to("/admin/identity-check.xhtml"),
                Visit.to("/admin/keys.xhtml"),
                Visit.to("/admin/api-clients.xhtml"),
                Visit.to("/admin/webhooks.xhtml"),
                Visit.to("/admin/networks.xhtml"),
                Visit.to("/admin/software.xhtml"),
                Visit.to("/programme/settings.xhtml"),
                Visit.to("/published-matters.xhtml")));
        pages.addAll(accountPages());

        assertMeetStandard(Roles.ADMIN, "/admin/home.xhtml", pages);
    }

    @Test
    @DisplayName("the agent's and the manager's start pages load every resource, the browser's own requests included")
    void startPagesLoadEveryResource() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String[] role :
                new String[][] {{Roles.AGENT, "/agent/home.xhtml"}, {Roles.MANAGER, "/manager/home.xhtml"}}) {
            browser.driver().manage().logs().get(LogType.BROWSER);
            signIn(base, role[0], role[1], PASSWORD);
            browser.find(By.id("start-title"));
            awaitLoaded();

            failures.addAll(PageStandard.unreachableResources(browser));
            failures.addAll(PageStandard.failedResources(browser));
            for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
                if (entry.getMessage().contains("Failed to load resource")) {
                    failures.add(role[1] + ": " + entry.getMessage());
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    /**
     * Signs in as a new account of the role, visits every page in Japanese, switches the language in the header,
     * visits every page in English, and fails with every finding.
     */
    private void assertMeetStandard(String role, String home, List<Visit> pages) throws Exception {
        signIn(base, role, home, PASSWORD);
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (boolean japanese : new boolean[] {true, false}) {
            if (!japanese) {
                browser.click("shell:language");
                browser.find(By.cssSelector("html[lang='en']"));
            }
            for (Visit page : pages) {
                browser.open(base, page.path());
                browser.find(By.cssSelector("html[lang='" + (japanese ? "ja" : "en") + "'] main h1"));
                page.action().run();
                awaitLoaded();
                for (String finding : PageStandard.findings(browser, japanese)) {
                    String where = (japanese ? "ja " : "en ") + page.path();
                    findings.computeIfAbsent(where, p -> new ArrayList<>()).add(finding);
                }
            }
        }
        assertThat(findings).as(role + " pages below the standard").isEmpty();
    }

    /** The member search after its main action: a search by phone that finds the test's member. */
    private static Visit searchFor(TestMembers.Created m) {
        return new Visit("/members/search.xhtml", () -> {
            browser.type("search:term", PhoneNumber.format(m.data().phone()));
            browser.click("search:submit");
            browser.find(By.id("search:results:0:open"));
        });
    }

    /**
     * The member view at work: an inquiry started in the bar (when none is open yet), the identity check revealed,
     * the points tab open — the dialogs and the tab loaded by Ajax are measured with the page.
     */
    private static Visit memberViewAtWork(TestMembers.Created m) {
        return new Visit("/members/detail.xhtml?m=" + m.ref(), () -> {
            if (!browser.driver().findElements(By.id("inquiry:open-start")).isEmpty()) {
                browser.click("inquiry:open-start");
                browser.find(By.id("inquiry:start-dialog"));
                browser.select("inquiry:category", "POINTS");
                browser.click("inquiry:start");
                browser.find(By.id("inquiry-number"));
            }
            browser.click("detail:tabs:identity-check");
            browser.find(By.id("identity-form:identity-dialog"));
            browser.click("identity-form:confirm-identity");
            browser.waitForInvisible(By.id("identity-form:identity-dialog"));
            browser.find(By.cssSelector("a[href='#detail:tabs:points-tab']")).click();
            browser.find(By.id("balance"));
        });
    }

    private static List<Visit> accountPages() {
        return List.of(Visit.to("/account/password.xhtml"), Visit.to("/account/second-factor.xhtml"));
    }

    /** Waits until the page and everything it loads are done, the browser's own requests (its icon) included. */
    private static void awaitLoaded() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> "complete".equals(js.executeScript("return document.readyState;"))
                        && Boolean.TRUE.equals(js.executeScript("return !window.jQuery || jQuery.active === 0;")));
    }

    /** The test's member, once for the class: with a purchase and a redemption, so that its history has both. */
    private TestMembers.Created member() throws Exception {
        if (member == null) {
            TestMembers.Created created = TestMembers.create();
            ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);
            String card = "{\"cardNumber\":\"" + created.memberNumber() + "\",\"storeCode\":\"S-13\",";
            assertThat(till.post(
                                    "/api/v1/points/earn",
                                    card + "\"amountYen\":5000,\"transactionId\":\"a11y-" + UUID.randomUUID() + "\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(till.post(
                                    "/api/v1/points/redeem",
                                    card + "\"points\":10,\"transactionId\":\"a11y-" + UUID.randomUUID() + "\"}")
                            .statusCode())
                    .isEqualTo(200);
            member = created;
        }
        return member;
    }

    private String incidentRef;

    private String requestRef;

    /** A page and what a person does there before it is measured. */
    private record Visit(String path, Runnable action) {
        static Visit to(String path) {
            return new Visit(path, () -> {});
        }
    }
}

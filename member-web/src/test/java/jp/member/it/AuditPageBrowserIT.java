package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.entity.PersonalField;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The audit trail page as an auditor uses it all day (issue 13, defect 3): labels instead of codes in both languages,
 * the page within a 1366-pixel screen, the filters by event type, purpose, inquiry and time of day, and the CSV in
 * Japan time with its offset.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageBrowserIT extends InBrowser {

    private static final String PASSWORD = "kiroku-wa-nihongo-de-yomu";

    /** The codes an auditor used to read on this page; none may show in a label. */
    private static final List<String> CODES = codes();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("the trail shows Japanese labels (English in English), never codes, and fits a 1366-pixel screen")
    void labelsAndWidth() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String inquiry = agentViewsAndReveals(member);

        signIn(Roles.AUDITOR, "/auditor/home.xhtml");
        browser.open(base, "/auditor/trail.xhtml");
        browser.type("audit:member", member.memberNumber());
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), inquiry);
        browser.screenshot("audit-trail-japanese");

        String labels = labelTexts();
        assertThat(labels).contains("個人情報の閲覧", "会員画面を表示（マスク）", "全桁表示", "電話番号", "会員からの問い合わせ対応", "成功");
        assertThat(CODES).allSatisfy(code -> assertThat(labels).doesNotContain(code));
        assertThat(filterTexts()).contains("閲覧の目的", "応対番号", "時間帯（開始）", "個人情報の閲覧");
        assertThat(CODES).allSatisfy(code -> assertThat(filterTexts()).doesNotContain(code));
        for (WebElement label : browser.driver().findElements(By.cssSelector("fieldset.filter-grid label"))) {
            assertThat(label.getSize().getWidth())
                    .as("label '%s' is on one line, not one character per line", label.getText())
                    .isGreaterThan(label.getSize().getHeight());
        }
        assertThat(scrollWidth()).isLessThanOrEqualTo(1366);

        browser.click("shell:language");
        // the switch reloads the page: opening another one before it has would race it
        browser.find(By.cssSelector("html[lang='en']"));
        browser.open(base, "/auditor/trail.xhtml");
        browser.type("audit:member", member.memberNumber());
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), "Personal data read");
        browser.screenshot("audit-trail-english");

        assertThat(labelTexts()).contains("Member page shown (masked)", "Shown in full", "Phone", "Success");
        assertThat(CODES).allSatisfy(code -> assertThat(labelTexts()).doesNotContain(code));
        assertThat(scrollWidth()).isLessThanOrEqualTo(1366);
    }

    @Test
    @DisplayName("the filters find by event type, purpose, inquiry number and time of day; an empty window is refused")
    void filters() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String inquiry = agentViewsAndReveals(member);
        int hour = businessHourOfReveal(member);

        signIn(Roles.AUDITOR, "/auditor/home.xhtml");
        browser.open(base, "/auditor/trail.xhtml");
        browser.type("audit:member", member.memberNumber());
        browser.choose("auditType", AuditEventType.PERSONAL_DATA_READ.name());
        browser.choose("auditPurpose", AccessPurpose.REVEAL.name());
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), inquiry);

        assertThat(texts(".audit-entries .purpose")).containsOnly("全桁表示");
        assertThat(texts(".audit-entries .event-type")).containsOnly("個人情報の閲覧");

        browser.open(base, "/auditor/trail.xhtml");
        browser.type("audit:inquiry", inquiry);
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), inquiry);

        // the inquiry's start, the page view and the reveal all carry the number
        assertThat(texts(".audit-entries .inquiry-number"))
                .hasSizeGreaterThanOrEqualTo(3)
                .containsOnly(inquiry);
        assertThat(texts(".audit-entries .fields")).contains("電話番号");

        browser.open(base, "/auditor/trail.xhtml");
        browser.type("audit:member", member.memberNumber());
        browser.choose("auditHourFrom", Integer.toString(hour));
        browser.choose("auditHourTo", Integer.toString(hour + 1));
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), inquiry);

        browser.choose("auditHourFrom", Integer.toString((hour + 1) % 24));
        browser.choose("auditHourTo", Integer.toString(hour == 0 ? 24 : hour));
        browser.click("audit:search");
        browser.waitForNoText(By.id("audit:entries"), inquiry);
        browser.screenshot("audit-trail-filtered");

        assertThat(texts(".audit-entries .inquiry-number")).isEmpty();
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'AUDIT_SEARCHED' AND target LIKE ?",
                        "%inquiry=" + inquiry + "%"))
                .isEqualTo(1L);

        browser.choose("auditHourFrom", "9");
        browser.choose("auditHourTo", "9");
        browser.click("audit:search");
        browser.waitForText(By.id("messages"), "時間帯の開始と終了に同じ時刻は指定できません");
    }

    @Test
    @DisplayName("the CSV gives each time in Japan time with +09:00, and its header names the zone")
    void csvInJapanTime() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String inquiry = agentViewsAndReveals(member);

        signIn(Roles.AUDITOR, "/auditor/home.xhtml");
        browser.open(base, "/auditor/trail.xhtml");
        browser.type("audit:inquiry", inquiry);
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), inquiry);
        Set<Path> before = browser.downloaded();
        browser.click("audit:csv");
        Path file = browser.awaitDownload(before);

        List<String> lines =
                Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
        // the byte order mark tells spreadsheet programs the file is UTF-8
        assertThat(lines.get(0)).startsWith("\uFEFFid,occurred_at (" + BusinessTime.DEFAULT_ZONE_ID + "),event_type,");
        // every entry the inquiry justified: its start, the page view, the reveal
        assertThat(lines.subList(1, lines.size()))
                .hasSizeGreaterThanOrEqualTo(3)
                .allMatch(l -> l.contains(inquiry));
        String reveal =
                lines.stream().filter(l -> l.contains(",REVEAL,")).findFirst().orElseThrow();
        String occurredAt = reveal.split(",")[1];
        assertThat(occurredAt).endsWith("+09:00");
        assertThat(Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(occurredAt)))
                .isEqualTo(revealedAt(member).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(reveal).contains(",PERSONAL_DATA_READ,SUCCESS,", ",phone,REVEAL,INQUIRY," + inquiry + ",");
    }

    /**
     * An agent starts an inquiry, opens the member's page (a masked view) and reveals the phone; returns the inquiry's
     * number, which the trail writes on both.
     */
    private String agentViewsAndReveals(TestMembers.Created member) throws Exception {
        signIn(Roles.AGENT, "/agent/home.xhtml");
        browser.click("inquiry:open-start");
        browser.find(By.id("inquiry:start-dialog"));
        browser.select("inquiry:category", "POINTS");
        browser.click("inquiry:start");
        String inquiry = browser.find(By.id("inquiry-number")).getText();
        browser.open(base, "/members/detail.xhtml?m=" + member.ref());
        String row = "detail:tabs:fields:" + PersonalField.PHONE.ordinal();
        browser.click(row + ":reveal");
        browser.find(By.id("reveal-form:reveal-dialog"));
        browser.select("reveal-form:reason", "INQUIRY");
        browser.click("reveal-form:confirm-reveal");
        browser.waitForNoText(By.id(row + ":value"), "***");
        return inquiry;
    }

    private static Instant revealedAt(TestMembers.Created member) throws Exception {
        Object micros = TestDatabase.scalar(
                "SELECT occurred_us FROM audit_entry WHERE member_id = ? AND purpose = 'REVEAL'", member.id());
        return AuditEntry.instant(((Number) micros).longValue());
    }

    /** The hour of the day, on the business clock, at which the reveal was recorded. */
    private static int businessHourOfReveal(TestMembers.Created member) throws Exception {
        return revealedAt(member).atZone(BusinessTime.DEFAULT_ZONE).getHour();
    }

    /** What the table shows for the stored codes: event type, outcome, fields, purpose and reason. */
    private static String labelTexts() {
        return String.join(
                "\n",
                texts(".audit-entries .event-type, .audit-entries .outcome, .audit-entries .fields,"
                        + " .audit-entries .purpose, .audit-entries .reason"));
    }

    /** The filters' labels and every option of their menus (also those not open). */
    private static String filterTexts() {
        Object options = ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('fieldset.filter-grid option,"
                        + " fieldset.filter-grid label')).map(e => e.textContent).join('\\n');");
        return (String) options;
    }

    private static List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    private static long scrollWidth() {
        return (Long)
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
    }

    private static List<String> codes() {
        List<String> codes = new java.util.ArrayList<>();
        Arrays.stream(AuditEventType.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(AccessPurpose.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(AuditEntry.Outcome.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(PersonalField.values()).map(PersonalField::column).forEach(codes::add);
        return List.copyOf(codes);
    }

    private String signIn(String role, String home) throws Exception {
        return signIn(base, role, home, PASSWORD);
    }
}

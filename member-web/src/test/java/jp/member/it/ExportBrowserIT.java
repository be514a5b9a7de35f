package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.member.exports.rules.ExportColumn;
import jp.member.security.Roles;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The export workflow as two managers click through it: one requests, the other approves one request and rejects
 * another; the requester downloads the approved file, whose rows are exactly the members of the filter; the approver
 * has nothing to download, and the rejected request offers no download.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportBrowserIT extends InBrowser {

    private static final String PASSWORD = "futari-no-kakunin-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("request → a second manager approves → the requester downloads exactly the filtered members")
    void requestApproveDownload() throws Exception {
        LocalDate day = privateDay();
        // purposes of their own: requests of earlier runs may still wait in the approvers' list
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        String approvedPurpose = "冬のアンケート送付 " + run;
        String rejectedPurpose = "却下される依頼 " + run;
        List<TestMembers.Created> members = List.of(TestMembers.create(), TestMembers.create(), TestMembers.create());
        for (TestMembers.Created member : members) {
            TestDatabase.update("UPDATE member SET enrolled_on = ? WHERE id = ?", day, member.id());
        }

        String requester = signIn(base, Roles.MANAGER, "/manager/home.xhtml", PASSWORD);
        browser.open(base, "/manager/exports.xhtml");
        fillRequest(day, approvedPurpose);
        browser.click("request:preview");
        browser.waitForText(By.id("request:counts"), "出力 3 人");
        String sample = browser.byId("request:sample").getText();
        for (TestMembers.Created member : members) {
            assertThat(sample)
                    .doesNotContain(member.memberNumber())
                    .doesNotContain(member.data().phone());
        }
        submit(approvedPurpose);
        fillRequest(day, rejectedPurpose);
        submit(rejectedPurpose);

        String approver = signIn(base, Roles.MANAGER, "/manager/home.xhtml", PASSWORD);
        browser.open(base, "/manager/exports.xhtml");
        browser.waitForText(By.id("mine:requests"), "依頼はありません");
        browser.open(base, "/manager/export-approvals.xhtml");
        approverDecides(approvedPurpose, "approve", "目的と列を確認しました");
        browser.waitForText(By.id("messages"), "承認しました");
        approverDecides(rejectedPurpose, "reject", "目的が不明確です");
        browser.waitForText(By.id("messages"), "却下しました");
        browser.open(base, "/manager/exports.xhtml");
        assertThat(browser.driver().findElements(By.cssSelector("button[id$=':download']")))
                .isEmpty();

        browser.signIn(base, requester, PASSWORD);
        browser.waitForUrlEnding("/manager/home.xhtml");
        browser.open(base, "/manager/exports.xhtml");
        browser.waitForText(rowBy(approvedPurpose), "ダウンロード可");
        assertThat(row(rejectedPurpose)
                        .findElement(By.cssSelector("[id$=':status']"))
                        .getText())
                .isEqualTo("却下");
        assertThat(row(rejectedPurpose).findElements(By.cssSelector("button[id$=':download']")))
                .isEmpty();

        Set<Path> before = browser.downloaded();
        row(approvedPurpose)
                .findElement(By.cssSelector("button[id$=':download']"))
                .click();
        Path file = browser.awaitDownload(before);
        browser.screenshot("export-downloaded");

        assertThat(file.getFileName().toString()).matches("member-export-\\d{8}-\\d+\\.csv");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFmember_number,rank,name_kanji\r\n");
        List<String> rows = Arrays.asList(csv.substring(1).split("\r\n")).subList(1, 4);
        Set<String> numbers = rows.stream().map(r -> r.split(",")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(numbers)
                .isEqualTo(members.stream()
                        .map(TestMembers.Created::memberNumber)
                        .collect(Collectors.toCollection(TreeSet::new)));
        for (TestMembers.Created member : members) {
            String line = rows.stream()
                    .filter(r -> r.startsWith(member.memberNumber()))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.split(",")[2].replace('　', ' ').replace(" ", ""))
                    .isEqualTo(member.data().nameKanji().replace('　', ' ').replace(" ", ""));
        }
        assertThat(csv.split("\r\n")).hasSize(4);

        // the same download as plain HTTP, in the requester's session: its headers (ASVS 3.2.1, 5.4.1, 3.4.4, 14.3.2)
        WebClient client = new WebClient(base.toURI());
        client.useSessionId(browser.driver()
                .manage()
                .getCookieNamed(WebClient.SESSION_COOKIE)
                .getValue());
        var second = client.press("/manager/exports.xhtml", "mine", "requests:1:download", java.util.Map.of());
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename=\"" + file.getFileName() + "\"");
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(second.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(second.body()).isEqualTo(csv);
        assertThat(client.get("/manager/exports.xhtml?download=1").headers().firstValue("Content-Type"))
                .as("a GET shows the page and downloads nothing (the count below stays at two)")
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'EXPORT_DOWNLOADED' AND actor = ?",
                        requester))
                .isEqualTo(2L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'EXPORT_DOWNLOADED' AND actor = ?",
                        approver))
                .isEqualTo(0L);
    }

    /** Submits the form and waits for the request to be listed as the requester's own. */
    private void submit(String purpose) {
        browser.click("request:submit");
        try {
            browser.waitForText(By.id("mine:requests"), purpose);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "not requested: " + browser.byId("messages").getText(), e);
        }
    }

    private void fillRequest(LocalDate day, String purpose) {
        browser.choose("exportCategory", "ANALYSIS");
        browser.type("request:purpose", purpose);
        browser.type("request:recipientName", "お客様アンケート係");
        for (String picker : List.of("request:from_input", "request:to_input")) {
            // the form keeps the period after a request
            if (browser.byId(picker).getAttribute("value").isEmpty()) {
                browser.typeExactly(picker, day.toString());
                browser.byId(picker).sendKeys(Keys.ESCAPE);
            }
        }
        // a calendar left open covers the column table and takes the keys typed there: close it as a person would
        browser.find(By.tagName("h1")).click();
        for (String picker : List.of("request:from_panel", "request:to_panel")) {
            browser.waitForInvisible(By.id(picker));
        }
        tick(ExportColumn.MEMBER_NUMBER, "回答との照合");
        tick(ExportColumn.RANK, null);
        tick(ExportColumn.NAME_KANJI, "宛名の印刷");
    }

    /** Selects a column (the checkbox keeps its state across requests only in the view, so each form starts clear). */
    private void tick(ExportColumn column, String reason) {
        String row = "request:columns:" + column.ordinal() + ":";
        browser.find(By.cssSelector("[id='" + row + "selected'] .ui-chkbox-box"))
                .click();
        if (reason != null) {
            browser.type(row + "reason", reason);
            assertThat(browser.byId(row + "reason").getAttribute("value")).isEqualTo(reason);
        }
    }

    private void approverDecides(String purpose, String button, String comment) {
        browser.type("approvals:comment", comment);
        row(purpose)
                .findElement(By.cssSelector("button[id$=':" + button + "']"))
                .click();
    }

    private static By rowBy(String text) {
        return By.xpath("//tr[td[contains(., '" + text + "')]]");
    }

    private static WebElement row(String text) {
        return browser.find(rowBy(text));
    }

    private static LocalDate privateDay() throws Exception {
        LocalDate day = LocalDate.of(1985, 6, 1).plusDays(System.currentTimeMillis() / 1000 % 3000);
        while ((Long) TestDatabase.scalar("SELECT COUNT(*) FROM member WHERE enrolled_on = ?", day) > 0) {
            day = day.plusDays(1);
        }
        return day;
    }
}

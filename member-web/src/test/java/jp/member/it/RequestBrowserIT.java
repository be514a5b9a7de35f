package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.member.members.validation.MemberNumbers;
import jp.member.security.Roles;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Members' requests under the APPI in the browser: an agent takes one inside the inquiry in which the caller passed
 * the identity check, and tells the caller its number; the privacy officer finds it in the queue, accepts it and
 * opens the printable reply; a refusal shows the reason the member is told; the published matters read in Japanese
 * and in English, and download as the web site's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestBrowserIT extends InBrowser {

    private static final String PASSWORD = "kaiji-seikyuu-no-madoguchi";
    private static final Pattern REF = Pattern.compile("REQ-\\d{4}-\\d{4,}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("an agent takes a disclosure request in the inquiry; the officer accepts, prints the reply, closes")
    void takenInAnInquiryAcceptedAndPrinted() throws Exception {
        // Arrange: a caller identified in the agent's inquiry with the identity check
        TestMembers.Created member = TestMembers.create();
        signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);
        startInquiryAndCheckIdentity(member);

        // Act: the request, taken on the member's requests page
        browser.click("nav-requests");
        browser.waitForUrlEnding("/members/requests.xhtml?m=" + member.ref());
        chooseRedrawing("take:kind", "DISCLOSURE");
        choose("take:identityMethod", "REGISTERED_DETAILS");
        browser.find(By.cssSelector("input[name='take:delivery'][value='PAPER']"))
                .click();
        browser.click("take:submit");
        browser.waitForText(By.id("messages"), "を受け付けました");
        String ref = refIn(browser.byId("messages").getText());

        // Assert: the agent sees it in the member's list, waiting for the decision, identified
        browser.waitForText(By.id("member-requests"), ref);
        assertThat(browser.byId("member-requests").getText()).contains("開示", "判断待ち");
        browser.screenshot("request-taken-in-inquiry");
        assertThat(TestDatabase.rows(
                        "SELECT status, identity_method, channel, delivery FROM member_request WHERE ref = ?", ref))
                .singleElement()
                .satisfies(r -> assertThat(r).containsExactly("OPEN", "REGISTERED_DETAILS", "INQUIRY", "PAPER"));

        // the privacy officer opens it from the queue and accepts it
        signIn(base, Roles.PRIVACY_OFFICER, "/privacy/home.xhtml", PASSWORD);
        browser.open(base, "/privacy/requests.xhtml");
        browser.find(By.linkText(ref)).click();
        browser.waitForText(By.id("request-ref"), ref);
        assertThat(browser.byId("fact-member").getText()).isEqualTo(MemberNumbers.format(member.memberNumber()));
        decide("ACCEPTED");
        awaitReplyReady();
        browser.find(By.id("print:print-reply"));
        browser.screenshot("request-accepted-reply-ready");

        // the printable reply opens in a new tab with the member's number and the disclosure's sections
        String page = browser.driver().getWindowHandle();
        Set<String> before = browser.driver().getWindowHandles();
        browser.click("print:print-reply");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getWindowHandles().size() > before.size());
        String printable = browser.driver().getWindowHandles().stream()
                .filter(h -> !before.contains(h))
                .findFirst()
                .orElseThrow();
        browser.driver().switchTo().window(printable);
        try {
            browser.waitForText(By.tagName("body"), MemberNumbers.format(member.memberNumber()));
            assertThat(browser.find(By.tagName("body")).getText()).contains(ref, "保有個人データ", "ポイント履歴", "第三者提供記録");
            browser.screenshot("request-printable-reply");
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(page);
        }
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'REQUEST_REPLY_OPENED' AND target LIKE ?",
                        "%" + ref + "%"))
                .isEqualTo(1L);

        // the fee received, the reply posted: the request is closed
        browser.click("fee-form:fee-paid");
        browser.waitForText(By.id("fee-status"), "受領済み");
        browser.click("close:close-request");
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(By.id("request-status"), "完了");
        assertThat(TestDatabase.rows("SELECT status, fee_status, reply_state FROM member_request WHERE ref = ?", ref))
                .singleElement()
                .satisfies(r -> assertThat(r).containsExactly("CLOSED", "PAID", "SENT"));
    }

    @Test
    @DisplayName("a request from the post, refused: its page shows the reason the member is told; the ZIP and password")
    void refusedWithTheReasonShown() throws Exception {
        TestMembers.Created member = TestMembers.create();
        signIn(base, Roles.PRIVACY_OFFICER, "/privacy/home.xhtml", PASSWORD);

        browser.click("task-new-request");
        browser.type("entry:memberNumber", member.memberNumber());
        chooseRedrawing("entry:kind", "PROVISION_RECORDS");
        choose("entry:identityMethod", "ID_DOCUMENT_COPY");
        browser.find(By.cssSelector("input[name='entry:delivery'][value='ELECTRONIC']"))
                .click();
        browser.click("entry:enter");
        browser.waitForText(By.id("request-status"), "判断待ち");
        String ref = browser.byId("request-ref").getText();

        chooseRedrawing("decide:decision", "REFUSED");
        choose("decide:reason", "NOT_HELD");
        browser.type("decide:reasonText", "ご請求の期間に第三者への提供はありませんでした。");
        confirmDecision();

        browser.waitForText(By.id("decision-shown"), "応じない");
        assertThat(browser.byId("reason-text").getText()).isEqualTo("ご請求の期間に第三者への提供はありませんでした。");
        assertThat(browser.byId("reason-shown").getText()).contains("該当する保有個人データ・記録がない");
        browser.screenshot("request-refused");
        assertThat(TestDatabase.scalar("SELECT decision FROM member_request WHERE ref = ?", ref))
                .isEqualTo("REFUSED");

        // the member chose electronic delivery: the letter comes as a ZIP, its password shown apart
        awaitReplyReady();
        browser.click("reply:show-password");
        browser.waitForText(By.id("zip-password:issued"), "ZIPのパスワード");
        assertThat(browser.byId("zip-password:issued").getText()).contains("表示するたびに記録されます");
        String password = browser.byId("zip-password:issued-secret").getText();
        browser.click("zip-password:forget");
        browser.waitForInvisible(By.id("zip-password:issued"));
        Set<Path> seen = browser.downloaded();
        browser.click("reply:download-reply");
        String letter = unzip(browser.awaitDownload(seen), password);
        assertThat(letter).contains(ref, "ご請求の期間に第三者への提供はありませんでした。");
    }

    @Test
    @DisplayName("the published matters read in Japanese and in English, and download as the web site's page")
    void publishedMattersInBothLanguages() throws Exception {
        signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);
        String[] name = businessName();

        browser.open(base, "/published-matters.xhtml");
        browser.waitForText(By.tagName("h1"), "個人情報の取扱いについて（公表事項）");
        assertThat(browser.byId("published-items").getText()).contains("事業者の名称", "利用目的", name[0]);

        browser.click("shell:language");
        browser.find(By.cssSelector("html[lang='en']"));
        browser.waitForText(By.tagName("h1"), "Personal information: published matters");
        assertThat(browser.byId("published-items").getText())
                .contains("Business name", "Purposes of use", name[1].isEmpty() ? name[0] : name[1]);
        browser.screenshot("published-matters-en");

        Set<Path> seen = browser.downloaded();
        browser.click("published:download-html");
        Path file = browser.awaitDownload(seen);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\">", "Business name").doesNotContain("<script");
        browser.click("shell:language");
        browser.find(By.cssSelector("html[lang='ja']"));
    }

    /** Starts an inquiry in the bar and opens the member with the identity check, which names the caller. */
    private void startInquiryAndCheckIdentity(TestMembers.Created member) {
        browser.click("inquiry:open-start");
        browser.find(By.id("inquiry:start-dialog"));
        browser.select("inquiry:category", "DATA_REQUEST");
        browser.click("inquiry:start");
        browser.find(By.id("inquiry-number"));
        browser.open(base, "/members/detail.xhtml?m=" + member.ref());
        browser.click("detail:tabs:identity-check");
        browser.find(By.id("identity-form:identity-dialog"));
        browser.click("identity-form:confirm-identity");
        browser.waitForInvisible(By.id("identity-form:identity-dialog"));
        browser.waitForText(By.id("inquiry:inquiry-member"), MemberNumbers.format(member.memberNumber()));
    }

    private void decide(String decision) {
        chooseRedrawing("decide:decision", decision);
        confirmDecision();
    }

    private void confirmDecision() {
        browser.click("decide:record-decision");
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        awaitAjax();
    }

    private static String unzip(Path zip, String password) throws Exception {
        try (InputStream file = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(file, password.toCharArray())) {
            assertThat(in.getNextEntry()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The reply is produced in the background; the page follows it every two seconds. */
    private void awaitReplyReady() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(d -> {
            List<WebElement> state = d.findElements(By.id("reply-state"));
            try {
                return !state.isEmpty() && state.get(0).getText().contains("作成済み");
            } catch (WebDriverException replaced) {
                return false;
            }
        });
    }

    /** Chooses an option of a native select and waits until it shows. */
    private static void choose(String id, String value) {
        awaitAjax();
        browser.select(id, value);
        awaitValue(id, value);
    }

    /**
     * Chooses an option of a select whose change redraws its part of the form by Ajax, and waits for the redrawn
     * select (the old one gone) to show it — the update may arrive after the page looked idle.
     */
    private static void chooseRedrawing(String id, String value) {
        awaitAjax();
        WebElement before = browser.byId(id);
        try {
            new Select(before).selectByValue(value);
        } catch (StaleElementReferenceException redrawn) {
            // replaced while Selenium read the chosen option back: the choice was made
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
        awaitAjax();
        awaitValue(id, value);
    }

    private static void awaitValue(String id, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
            try {
                return value.equals(d.findElement(By.id(id)).getAttribute("value"));
            } catch (WebDriverException replaced) {
                return false;
            }
        });
    }

    private static void awaitAjax() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0);")));
    }

    private static String refIn(String text) {
        Matcher m = REF.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    /** The business name of the version in force, in Japanese and English, as the privacy officer saved it. */
    private static String[] businessName() throws Exception {
        String json =
                (String) TestDatabase.scalar("SELECT content FROM published_matters ORDER BY version DESC LIMIT 1");
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            jakarta.json.JsonObject name = reader.readObject().getJsonObject("BUSINESS_NAME");
            return new String[] {name.getString("ja"), name.getString("en", "")};
        }
    }
}

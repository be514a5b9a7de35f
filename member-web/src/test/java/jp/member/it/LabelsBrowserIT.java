package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.member.exports.rules.ExportColumn;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What people read instead of codes and hidden values (issue 13, defects 4, 6 and 7): ranks and ledger reasons in
 * Japanese, an export's Japanese headers, the liability report on its last closed month with every input labelled,
 * and the one-time secrets in a dialog with a copy button and a warning.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LabelsBrowserIT extends InBrowser {

    private static final String PASSWORD = "kotoba-de-tsutaeru-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("an agent reads the rank and a purchase in Japanese, not REGULAR and purchase")
    void rankAndReasonInJapanese() throws Exception {
        TestMembers.Created member = TestMembers.create();
        ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);
        var earned = till.post(
                "/api/v1/points/earn",
                "{\"cardNumber\":\"" + member.memberNumber() + "\",\"storeCode\":\"S-13\",\"amountYen\":1500"
                        + ",\"transactionId\":\"l-" + UUID.randomUUID() + "\"}");
        assertThat(earned.statusCode()).as(earned.body()).isEqualTo(200);
        signIn(Roles.AGENT, "/agent/home.xhtml");

        browser.open(base, "/members/points.xhtml?m=" + member.ref());
        browser.waitForText(By.id("points:history"), "お買い上げ");
        browser.screenshot("points-history-labels");

        assertThat(browser.byId("points:history").getText()).doesNotContain("purchase");
        assertThat(browser.find(By.id("header-rank")).getText())
                .contains("レギュラー")
                .doesNotContain("REGULAR");
        browser.open(base, "/members/detail.xhtml?m=" + member.ref());
        browser.find(By.id("member-number"));
        assertThat(browser.find(By.id("header-rank")).getText())
                .contains("レギュラー")
                .doesNotContain("REGULAR");
    }

    @Test
    @DisplayName("the English exports page shows no literal &nbsp; and offers Japanese headers")
    void exportsPageOptions() throws Exception {
        signIn(Roles.MANAGER, "/manager/home.xhtml");
        browser.click("shell:language");
        // the switch reloads the page: opening another one before it has would race it
        browser.find(By.cssSelector("html[lang='en']"));
        browser.open(base, "/manager/exports.xhtml");
        browser.find(By.id("request:category"));

        String page = browser.find(By.tagName("body")).getText() + "\n" + optionTexts();
        assertThat(page).doesNotContain("&nbsp;").contains("Please choose", "Japanese headers");
        assertThat(browser.find(By.cssSelector("label[for='request:japanese-headers_input']"))
                        .getText())
                .isEqualTo("Japanese headers");
    }

    @Test
    @DisplayName("the liability report opens on the last closed month, already run, and every input has a label")
    void liabilityReportOpensOnLastMonth() throws Exception {
        YearMonth lastMonth = YearMonth.now(BusinessTime.DEFAULT_ZONE).minusMonths(1);
        signIn(Roles.AUDITOR, "/auditor/home.xhtml");

        browser.open(base, "/reports/liability.xhtml");
        browser.waitForText(By.id("showing"), lastMonth.atDay(1).toString());
        browser.screenshot("liability-last-month");

        assertThat(browser.byId("showing").getText())
                .contains(lastMonth.atEndOfMonth().toString());
        assertThat(browser.byId("report:rollforward").getText()).contains("期首残高");
        assertThat(unlabelledInputs("report")).isEmpty();
        assertThat(labelFor("report:number")).isEqualTo("月");

        browser.choose("reportKind", "QUARTER");
        browser.waitForText(By.id("report:number-field"), "四半期");
        assertThat(unlabelledInputs("report")).isEmpty();
        browser.choose("reportKind", "YEAR");
        browser.waitForNoText(By.id("report:number-field"), "四半期");
        browser.click("report:run");
        browser.waitForText(By.id("showing"), lastMonth.getYear() + "-12-31");
        assertThat(unlabelledInputs("report")).isEmpty();
    }

    @Test
    @DisplayName("a new staff member's one-time password: named as such, a copy button, and the warning")
    void staffPasswordDialog() throws Exception {
        signIn(Roles.ADMIN, "/admin/home.xhtml");
        browser.open(base, "/admin/staff.xhtml");
        String newcomer = TestDatabase.uniqueUsername("newcomer");
        browser.type("create:username", newcomer);
        browser.type("create:displayName", "新人 次郎");
        browser.find(By.cssSelector("label[for='create:roles:0']")).click();
        browser.click("create:submit");
        browser.waitForText(By.id("secret:issued"), newcomer);

        String dialog = browser.byId("secret:issued").getText();
        assertThat(dialog).contains("アカウント", "一時パスワード", "二度と表示できません").doesNotContain("対象");
        String secret = browser.byId("secret:issued-secret").getText();
        copyAndCheck("secret", secret);
        browser.screenshot("staff-secret-dialog");
        browser.click("secret:forget");
        browser.waitForInvisible(By.id("secret:issued"));
    }

    @Test
    @DisplayName("a ZIP export with Japanese headers: its password in a dialog with a copy button, and it opens the"
            + " file, whose header row is in Japanese")
    void zipPasswordAndJapaneseHeaders() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String rank = "T13" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        TestDatabase.update("UPDATE member SET member_rank = ? WHERE id = ?", rank, member.id());
        String purpose = "見出しの確認 " + rank;

        String requester = signIn(Roles.MANAGER, "/manager/home.xhtml");
        browser.open(base, "/manager/exports.xhtml");
        browser.choose("exportCategory", "ANALYSIS");
        browser.type("request:purpose", purpose);
        browser.type("request:recipientName", "経理部");
        browser.type("request:ranks", rank);
        for (ExportColumn column : List.of(ExportColumn.STATUS, ExportColumn.RANK)) {
            tick("request:columns:" + column.ordinal() + ":selected");
        }
        tick("request:zip");
        tick("request:japanese-headers");
        browser.click("request:submit");
        browser.waitForText(By.id("mine:requests"), purpose);

        signIn(Roles.MANAGER, "/manager/home.xhtml");
        browser.open(base, "/manager/export-approvals.xhtml");
        browser.type("approvals:comment", "見出しを確認しました");
        row(purpose).findElement(By.cssSelector("button[id$=':approve']")).click();
        browser.waitForText(By.id("messages"), "承認しました");

        browser.signIn(base, requester, PASSWORD);
        browser.waitForUrlEnding("/manager/home.xhtml");
        browser.open(base, "/manager/exports.xhtml");
        browser.waitForText(rowBy(purpose), "ダウンロード可");
        row(purpose).findElement(By.cssSelector("button[id$=':show-password']")).click();
        browser.waitForText(By.id("zip-password:issued"), "ZIPのパスワード");

        assertThat(browser.byId("zip-password:issued").getText()).contains("二度と表示できません");
        String password = browser.byId("zip-password:issued-secret").getText();
        copyAndCheck("zip-password", password);
        browser.screenshot("export-password-dialog");
        browser.click("zip-password:forget");
        browser.waitForInvisible(By.id("zip-password:issued"));
        assertThat(row(purpose).findElements(By.cssSelector("button[id$=':show-password']")))
                .isEmpty();

        Set<Path> before = browser.downloaded();
        row(purpose).findElement(By.cssSelector("button[id$=':download']")).click();
        Path zip = browser.awaitDownload(before);

        String csv = unzip(zip, password);
        assertThat(csv).startsWith("\uFEFF状態,ランク\r\n").contains("," + rank + "\r\n");
    }

    /** Presses the dialog's copy button: the secret is on the clipboard, or selected where the browser refuses. */
    private static void copyAndCheck(String form, String secret) {
        browser.click(form + ":copy");
        By status = By.cssSelector("[id='" + form + ":issued'] .copy-status");
        browser.find(status);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElement(status).getText().isBlank());
        String said = browser.driver().findElement(status).getText();
        assertThat(said).isIn("コピーしました。", "選択しました。Ctrl+C でコピーしてください。");
        if (said.startsWith("選択")) {
            Object selected =
                    ((JavascriptExecutor) browser.driver()).executeScript("return window.getSelection().toString();");
            assertThat(selected).isEqualTo(secret);
        }
    }

    /** Ids of the form's inputs a person can reach that have no label (aria-hidden ones are not reachable). */
    @SuppressWarnings("unchecked")
    private static List<String> unlabelledInputs(String form) {
        return (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return Array.from(document.getElementById(arguments[0]).querySelectorAll("
                                + "'input:not([type=hidden]), select, textarea'))"
                                + ".filter(e => !e.closest('[aria-hidden=true]') && e.getAttribute('aria-hidden') !== 'true')"
                                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                                + " && !e.getAttribute('aria-labelledby'))"
                                + ".map(e => e.id);",
                        form);
    }

    /** The text of the label of a PrimeFaces input (its label points at the input a person types or focuses in). */
    private static String labelFor(String id) {
        return browser.find(By.cssSelector("label[for^='" + id + "']"))
                .getText()
                .strip();
    }

    private static String optionTexts() {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('option, li.ui-selectonemenu-item'))"
                        + ".map(e => e.textContent).join('\\n');");
    }

    private static void tick(String checkbox) {
        browser.find(By.cssSelector("[id='" + checkbox + "'] .ui-chkbox-box")).click();
    }

    private static By rowBy(String text) {
        return By.xpath("//tr[td[contains(., '" + text + "')]]");
    }

    private static WebElement row(String text) {
        return browser.find(rowBy(text));
    }

    private static String unzip(Path zip, String password) throws Exception {
        try (InputStream file = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(file, password.toCharArray())) {
            assertThat(in.getNextEntry()).isNotNull();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private String signIn(String role, String home) throws Exception {
        return signIn(base, role, home, PASSWORD);
    }
}

package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import jp.member.security.Roles;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The address from a postal code: an agent types one on the enrol page; IT imports Japan Post's file on its page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostalCodeBrowserIT extends InBrowser {

    private static final String PASSWORD = "yuubin-bangou-7-keta";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("an agent types a postal code: prefecture, city and town fill in, and what the agent typed stays")
    void agentTypesPostalCode() throws Exception {
        area("9990305", "27", "大阪市城東区", "八幡町");
        area("9990304", "01", "山越郡長万部町", "共立");
        area("9990304", "01", "山越郡長万部町", "大中");
        signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);
        browser.open(base, "/members/enrol.xhtml");

        browser.type("enrol:postalCode", "999-0305");

        waitForValue("enrol:prefecture_input", "27");
        waitForValue("enrol:city", "大阪市城東区");
        waitForValue("enrol:street", "八幡町");
        browser.waitForText(By.id("enrol:postalHint"), "郵便番号から住所を入力しました");
        browser.screenshot("postal-code-filled");

        // the agent goes on with the block number, then corrects the postal code to one with two towns
        browser.byId("enrol:street").sendKeys("133-24");
        browser.type("enrol:postalCode", "9990304");

        browser.waitForText(By.id("enrol:postalHint"), "共立、大中");
        waitForValue("enrol:prefecture_input", "01");
        waitForValue("enrol:city", "山越郡長万部町");
        assertThat(browser.byId("enrol:street").getAttribute("value")).isEqualTo("八幡町133-24");
        assertThat(browser.byId("enrol:city").isEnabled()).isTrue();
    }

    @Test
    @DisplayName(
            "an administrator imports the postal-code file and sees the report, the refused row and the data in use")
    void administratorImports() throws Exception {
        Path sample = Path.of(PostalCodeBrowserIT.class
                .getResource("/postal/KEN_ALL-sample.CSV")
                .toURI());
        signIn(base, Roles.ADMIN, "/admin/home.xhtml", PASSWORD);
        assertThat(browser.hasLinkTo("/admin/postal-codes.xhtml")).isTrue();
        browser.open(base, "/admin/postal-codes.xhtml");

        browser.driver()
                .findElement(By.cssSelector("#postal input[type='file']"))
                .sendKeys(sample.toAbsolutePath().toString());
        browser.click("postal:submit");

        browser.waitForText(By.id("messages"), "郵便番号データを置き換えました");
        browser.screenshot("postal-code-import");
        assertThat(browser.byId("report-rows-read").getText()).isEqualTo("8");
        assertThat(browser.byId("report-codes").getText()).isEqualTo("5");
        assertThat(browser.byId("report-areas").getText()).isEqualTo("6");
        assertThat(browser.byId("report-rows-refused").getText()).isEqualTo("1");
        assertThat(browser.byId("refusals").getText()).contains("8", "列の数が15ではありません");
        assertThat(browser.byId("status-rows-refused").getText()).isEqualTo("1");
        assertThat(browser.byId("status-codes").getText()).isEqualTo("5");
        assertThat(browser.byId("status-areas").getText()).isEqualTo("6");
        assertThat(browser.byId("status").getText()).contains("KEN_ALL-sample.CSV");
        assertThat(TestDatabase.scalar("SELECT town FROM postal_area WHERE postal_code = '9990303'"))
                .isEqualTo("協和");
    }

    /** Arranges one area of its own (the codes no other test uses), whatever the last import left. */
    private static void area(String postalCode, String prefectureCode, String city, String town) throws Exception {
        TestDatabase.update("DELETE FROM postal_area WHERE postal_code = ? AND town = ?", postalCode, town);
        TestDatabase.update(
                "INSERT INTO postal_area (postal_code, prefecture_code, city, town, city_kana, town_kana)"
                        + " VALUES (?, ?, ?, ?, '', '')",
                postalCode,
                prefectureCode,
                city,
                town);
    }

    /** Waits until the input holds the value, finding it again at every try (an Ajax update replaces it). */
    private static void waitForValue(String id, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
            try {
                return value.equals(d.findElement(By.id(id)).getAttribute("value"));
            } catch (WebDriverException replacedWhileReading) {
                return false;
            }
        });
    }
}

package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator changes a till client's limits on the API clients page. The settings panel once ended on the
 * error page when opened: its field list used a checkbox layout ({@code grid}) that PrimeFaces 15 no longer renders.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientBrowserIT extends InBrowser {

    private static final String PASSWORD = "kaki-no-tane-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("the settings of a client open, and the new request rate is saved and shown in its row")
    void changeLimits() throws Exception {
        ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);
        signIn(base, Roles.ADMIN, "/admin/home.xhtml", PASSWORD);
        browser.open(base, "/admin/api-clients.xhtml");
        String row = "//table/tbody/tr[td[normalize-space()='" + till.id() + "']]";

        browser.click(browser.find(By.xpath(row + "//button[contains(@id, ':settings')]"))
                .getAttribute("id"));
        // a number field formats as it is typed (1,234): the whole value replaced, then left
        browser.byId("settings:perMinute_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "1234", Keys.TAB);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "1,234"
                .equals(d.findElement(By.id("settings:perMinute_input")).getAttribute("value")));
        browser.click("settings:save");

        browser.waitForText(By.xpath(row + "/td[span[contains(@id, ':limits')]]"), "1,234 /");
        assertThat(browser.driver().getCurrentUrl()).contains("/admin/api-clients.xhtml");
        browser.screenshot("api-client-limits");
    }
}

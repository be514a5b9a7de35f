package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import jp.member.events.entity.EventType;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
import jp.member.testsupport.WebhookReceiver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The webhook page (issue 18) in the browser: an administrator subscribes a receiver, sees its secret once, and — the
 * receiver refusing everything — sees the failure and the dead delivery, then sends it again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookBrowserIT extends InBrowser {

    private static final String PASSWORD = "tsuuchi-no-kagi-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("subscribe, see the secret once, see the failures and the dead delivery, send it again")
    void subscribeAndWatch() throws Exception {
        String name = "受信テスト " + UUID.randomUUID().toString().substring(0, 8);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer((id, attempt, body) -> 500);
            signIn(base, Roles.ADMIN, "/admin/home.xhtml", PASSWORD);
            browser.open(base, "/admin/webhooks.xhtml");
            browser.type("create:name", name);
            browser.type("create:url", receiver.url());
            browser.find(
                            By.xpath(
                                    "//input[@id='create:types:" + EventType.POINTS_EARNED.ordinal()
                                            + "']/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
            browser.click("create:submit");

            browser.waitForText(By.id("secret:issued"), name);
            String secret = browser.byId("secret:issued-secret").getText();
            assertThat(secret).startsWith("whsec_");
            browser.screenshot("webhook-secret");
            browser.click("secret:forget");
            browser.waitForInvisible(By.id("secret:issued"));
            browser.waitForText(By.id("subscriptions:list"), name);
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);
            browser.open(base, "/admin/webhooks.xhtml");
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);
            assertThat(browser.byId("subscriptions:list").getText()).contains("ポイント付与", "送信中");

            TestMembers.Created member = TestMembers.create();
            ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);
            till.post(
                    "/api/v1/points/earn",
                    "{\"cardNumber\":\"" + member.memberNumber() + "\",\"storeCode\":\"S-001\",\"amountYen\":2000,"
                            + "\"transactionId\":\"" + UUID.randomUUID() + "\"}");
            WebhookReceiver.await("the delivery dead", Duration.ofSeconds(90), () -> dead(name) == 1);

            browser.open(base, "/admin/webhooks.xhtml");
            String row = browser.find(By.xpath("//tr[td[contains(., '" + name + "')]]"))
                    .getText();
            assertThat(row).contains("500");
            browser.click(rowButton(name, "open"));
            browser.waitForText(By.id("dead:letters"), "ポイント付与");
            assertThat(browser.byId("dead:letters").getText()).contains("500", "4");
            browser.screenshot("webhook-dead");

            receiver.answer((id, attempt, body) -> 200);
            browser.click("dead:redrive-all");
            browser.waitForText(By.id("messages"), "再送");
            WebhookReceiver.await(
                    "delivered after the re-drive",
                    Duration.ofSeconds(60),
                    () -> !receiver.deliveredAbout(member.memberNumber()).isEmpty());
        } finally {
            TestDatabase.update("DELETE FROM webhook_subscription WHERE name = ?", name);
        }
    }

    private static long dead(String name) {
        try {
            return ((Number) TestDatabase.scalar(
                            "SELECT COUNT(*) FROM webhook_delivery d JOIN webhook_subscription s"
                                    + " ON s.id = d.subscription_id WHERE s.name = ? AND d.status = 'DEAD'",
                            name))
                    .longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a row's button: the data table's row index comes from the row holding the name. */
    private static String rowButton(String name, String button) {
        String id = browser.find(
                        By.xpath("//tr[td[contains(., '" + name + "')]]//button[contains(@id,':" + button + "')]"))
                .getAttribute("id");
        return id;
    }
}

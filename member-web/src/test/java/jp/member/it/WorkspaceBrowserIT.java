package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.MemberNumbers;
import jp.member.members.validation.PhoneNumber;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The call-centre workspace as an agent uses it on a call: the inquiry bar, the member view with its header on every
 * member page, the identity check, errors inside the dialog that caused them, and the manager's waiting work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceBrowserIT extends InBrowser {

    private static final String PASSWORD = "denwa-no-ato-de-kiroku";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("with the keyboard only: start an inquiry, search by phone, open the member, identity check, end it")
    void aCallWithTheKeyboardOnly() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String agent = signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);

        pressOn("inquiry:open-start", Keys.ENTER);
        awaitFocusIn("inquiry:start-dialog");
        chooseByKeyboard("inquiry:category", "POINTS");
        pressOn("inquiry:start", Keys.ENTER);
        String number = browser.find(By.id("inquiry-number")).getText();
        assertThat(number).matches("INQ-\\d{8}-\\d{4,}");

        browser.open(base, "/members/search.xhtml");
        focusByTab("search:term").sendKeys(PhoneNumber.format(member.data().phone()), Keys.ENTER);
        pressOn("search:results:0:open", Keys.ENTER);
        browser.waitForUrlEnding("m=" + member.ref());
        pressOn("detail:tabs:identity-check", Keys.ENTER);
        awaitFocusIn("identity-form:identity-dialog");
        pressOn("identity-form:confirm-identity", Keys.ENTER); // the dialog starts with the focus on it
        String nameRow = "detail:tabs:fields:" + PersonalField.NAME_KANJI.ordinal() + ":value";
        browser.waitForText(By.id(nameRow), member.data().nameKanji());
        browser.waitForText(By.id("inquiry:inquiry-member"), MemberNumbers.format(member.memberNumber()));
        browser.screenshot("member-view-identity-checked");

        pressOn("inquiry:open-close", Keys.ENTER);
        awaitFocusIn("inquiry:close-dialog");
        chooseByKeyboard("inquiry:outcome", "RESOLVED");
        pressOn("inquiry:close", Keys.ENTER);
        browser.find(By.id("inquiry-none"));

        assertThat(TestDatabase.rows(
                        "SELECT member_id, outcome, ended_at IS NOT NULL FROM inquiry WHERE inquiry_number = ?",
                        number))
                .singleElement()
                .satisfies(r -> {
                    assertThat(((Number) r[0]).longValue()).isEqualTo(member.id());
                    assertThat(r[1]).isEqualTo("RESOLVED");
                    assertThat(((Number) r[2]).intValue()).as("ended").isOne();
                });
        List<Object[]> looks = TestDatabase.rows(
                "SELECT purpose, inquiry_number FROM audit_entry WHERE actor = ? AND event_type = 'PERSONAL_DATA_READ'"
                        + " AND member_id = ?",
                agent,
                member.id());
        assertThat(looks).extracting(r -> (String) r[0]).contains("SEARCH", "VIEW", "REVEAL");
        assertThat(looks).allSatisfy(r -> assertThat(r[1]).isEqualTo(number));
    }

    @Test
    @DisplayName("a reveal without a reason shows the error in the dialog, next to the field; the dialog stays open")
    void revealErrorInTheDialog() throws Exception {
        TestMembers.Created member = TestMembers.create();
        signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);
        browser.open(base, "/members/detail.xhtml?m=" + member.ref());

        browser.click("detail:tabs:fields:" + PersonalField.PHONE.ordinal() + ":reveal");
        WebElement dialog = browser.find(By.id("reveal-form:reveal-dialog"));
        browser.click("reveal-form:confirm-reveal");
        browser.waitForText(By.id("reveal-form:reason-message"), "理由を選んでください");

        WebElement message = browser.byId("reveal-form:reason-message");
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(inside(message, dialog))
                .as("the message is inside the dialog")
                .isTrue();
        assertThat(onTop(message)).as("nothing covers the message").isTrue();
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE member_id = ? AND purpose = 'REVEAL'", member.id()))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("every member page says whose it is; the contact form shows the current values masked")
    void headerOnEveryMemberPage() throws Exception {
        TestMembers.Created member = TestMembers.create();
        signIn(base, Roles.MANAGER, "/manager/home.xhtml", PASSWORD);

        for (String page : List.of("detail", "points", "contact", "merge")) {
            browser.open(base, "/members/" + page + ".xhtml?m=" + member.ref());
            browser.waitForText(By.id("member-number"), MemberNumbers.format(member.memberNumber()));
            assertThat(browser.byId("header-name").getText()).as(page).isNotBlank();
            assertThat(browser.driver().getPageSource())
                    .as(page)
                    .doesNotContain(member.data().nameKanji());
        }
        browser.open(base, "/members/contact.xhtml?m=" + member.ref());
        assertThat(browser.byId("current-values").getText())
                .contains(member.data().city())
                .doesNotContain(member.data().street());
        browser.open(base, "/members/merge.xhtml?m=" + member.ref());
        assertThat(browser.byId("merge:survivor").getAttribute("value"))
                .isEqualTo(MemberNumbers.format(member.memberNumber()));
    }

    @Test
    @DisplayName("the manager's start page counts what waits: adjustments, exports, alerts and follow-ups")
    void managerSeesWhatWaits() throws Exception {
        signIn(base, Roles.MANAGER, "/manager/home.xhtml", PASSWORD);

        long adjustments = ((Number)
                        TestDatabase.scalar("SELECT COUNT(*) FROM adjustment_request WHERE status = 'PENDING'"))
                .longValue();
        long followUps = ((Number) TestDatabase.scalar(
                        "SELECT COUNT(*) FROM inquiry WHERE follow_up_on IS NOT NULL AND follow_up_done_at IS NULL"))
                .longValue();
        assertThat(count("pending-adjustments")).isEqualTo(adjustments);
        assertThat(count("open-follow-ups")).isEqualTo(followUps);
        assertThat(count("pending-exports"))
                .isEqualTo(
                        ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM export_request WHERE status = 'PENDING'"))
                                .longValue());
        assertThat(count("open-alerts"))
                .isEqualTo(
                        ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM alert WHERE status = 'OPEN'")).longValue());
        browser.click("pending-adjustments");
        browser.waitForUrlEnding("/manager/approvals.xhtml");
    }

    private long count(String linkId) {
        return Long.parseLong(browser.byId(linkId)
                .findElement(By.className("task-count"))
                .getText()
                .strip()
                .replace(",", ""));
    }

    /** Moves the focus with the Tab key until it reaches the element (as a keyboard user does), and returns it. */
    private WebElement focusByTab(String id) {
        for (int i = 0; i < 120; i++) {
            if (id.equals(active().getAttribute("id"))) {
                return active();
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("the Tab key never reached " + id);
    }

    /** Waits until the dialog is shown and has taken the focus (as it does when it opens), before typing into it. */
    private void awaitFocusIn(String dialogId) {
        browser.find(By.id(dialogId));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript(
                                "return document.getElementById(arguments[0]).contains(document.activeElement);",
                                dialogId));
    }

    /** Focuses the select with Tab and moves down its options with the arrow key until the value is chosen. */
    private void chooseByKeyboard(String id, String value) {
        focusByTab(id);
        for (int i = 0; i < 12; i++) {
            if (value.equals(browser.byId(id).getAttribute("value"))) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        }
        throw new AssertionError("the arrow key never chose " + value + " in " + id);
    }

    private void pressOn(String id, Keys key) {
        try {
            browser.find(By.id(id));
        } catch (org.openqa.selenium.TimeoutException missing) {
            browser.screenshot("keyboard-missing-" + id.replace(':', '-'));
            throw missing;
        }
        focusByTab(id);
        new Actions(browser.driver()).sendKeys(key).perform(); // to whatever has the focus, as a keyboard does
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private boolean inside(WebElement child, WebElement parent) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[1].contains(arguments[0]);", child, parent);
    }

    /** Whether the element's centre is the topmost element there (no overlay covers it). */
    private boolean onTop(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + "const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + "return top !== null && (top === arguments[0] || arguments[0].contains(top));",
                        element);
    }
}

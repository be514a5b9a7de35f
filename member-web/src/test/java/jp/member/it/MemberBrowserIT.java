package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jp.member.demo.SyntheticMember;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.PhoneNumber;
import jp.member.security.Roles;
import jp.member.testsupport.Browser;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An agent at work on a member's call: find, read masked, reveal with a reason, change the address. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberBrowserIT {

    private static final String PASSWORD = "yuki-no-hi-no-denwa";

    private static Browser browser;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    @DisplayName(
            "an agent finds a member by phone, sees it masked, and reveals the phone with a reason (no inquiry open)")
    void searchAndReveal() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String phone = PhoneNumber.format(member.data().phone());
        signInAsAgent();

        browser.open(base, "/members/search.xhtml");
        browser.type("search:term", phone);
        browser.click("search:submit");
        String masked = browser.byId("search:results:0:phone").getText();
        browser.click("search:results:0:open");
        browser.waitForUrlEnding("m=" + member.ref());
        String row = "detail:tabs:fields:" + PersonalField.PHONE.ordinal();
        String maskedOnPage = browser.byId(row + ":value").getText();
        reveal(row, "INQUIRY");
        browser.waitForText(By.id(row + ":value"), phone);
        browser.screenshot("member-detail-phone-revealed");

        assertThat(masked).isEqualTo(maskedOnPage).contains("***").isNotEqualTo(phone);
        assertThat(browser.driver().getPageSource())
                .doesNotContain(member.data().email());
        assertThat(browser.driver().getCurrentUrl())
                .doesNotContain(member.data().phone());
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'PERSONAL_DATA_READ' AND member_id = ?"
                                + " AND purpose = 'REVEAL' AND fields = 'phone' AND inquiry_number IS NULL",
                        member.id()))
                .isEqualTo(1L);
    }

    @Test
    @DisplayName("an agent switches the search to kana and birth date (ajax) and finds the member")
    void searchByKanaAndBirthDate() throws Exception {
        TestMembers.Created member = TestMembers.create();
        signInAsAgent();

        browser.open(base, "/members/search.xhtml");
        // the switch is an ajax postback: it was refused as a stale form (f:ajax sent no CSP nonce), the agent saw
        // the error page
        browser.click("search:kind:3");
        browser.type("search:kana", member.data().nameKana());
        browser.type("search:birth", member.data().birthDate().toString());
        browser.click("search:submit");

        assertThat(browser.byId("search:results:0:open").getAttribute("href")).contains("m=" + member.ref());
        assertThat(browser.driver().getPageSource()).doesNotContain("error-message");
    }

    @Test
    @DisplayName("an agent changes the address; a bad postal code is refused with a message and changes nothing")
    void changeAddress() throws Exception {
        TestMembers.Created member = TestMembers.create();
        byte[] sealedStreet = (byte[]) TestDatabase.scalar("SELECT street_enc FROM member WHERE id = ?", member.id());
        signInAsAgent();

        browser.open(base, "/members/contact.xhtml?m=" + member.ref());
        fillAddress("12-34", "銀座4丁目6-16");
        browser.click("contact:save");
        browser.waitForText(By.id("messages"), "郵便番号は7桁の数字です");
        assertThat((byte[]) TestDatabase.scalar("SELECT street_enc FROM member WHERE id = ?", member.id()))
                .isEqualTo(sealedStreet);

        fillAddress("104-0061", "銀座4丁目6-16");
        browser.click("contact:save");
        browser.waitForUrlEnding("m=" + member.ref());
        browser.waitForText(By.id("messages"), "連絡先を変更しました");
        String row = "detail:tabs:fields:" + PersonalField.STREET.ordinal();
        reveal(row, "CONTACT_UPDATE");
        browser.waitForText(By.id(row + ":value"), "銀座4丁目6-16");
    }

    @Test
    @DisplayName("a name containing markup is shown as text, and no injected script runs")
    void markupInNamesIsInert() throws Exception {
        SyntheticMember m = TestMembers.synthetic();
        String hostile = "<img src=x onerror=\"document.title='pwned'\">";
        TestMembers.Created member = TestMembers.create(new SyntheticMember(
                hostile,
                m.nameKana(),
                m.birthDate(),
                m.gender(),
                m.postalCode(),
                m.prefectureCode(),
                m.city(),
                m.street(),
                m.building(),
                m.phone(),
                m.email(),
                m.enrolledOn(),
                m.channel(),
                m.storeCode(),
                false,
                false,
                false,
                false));
        signInAsAgent();

        browser.open(base, "/members/detail.xhtml?m=" + member.ref());
        String row = "detail:tabs:fields:" + PersonalField.NAME_KANJI.ordinal();
        reveal(row, "IDENTITY_CHECK");
        browser.waitForText(By.id(row + ":value"), "onerror");

        // The name is stored normalised (spaces become ideographic spaces) and shown as the text it is.
        assertThat(browser.byId(row + ":value").getText()).isEqualTo(hostile.replace(' ', '\u3000'));
        assertThat(browser.driver().getTitle()).isNotEqualTo("pwned");
        assertThat(browser.driver().findElements(By.cssSelector("img[src='x']")))
                .isEmpty();
    }

    @Test
    @DisplayName("an auditor cannot open a member's page")
    void auditorIsKeptOut() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String auditor = TestDatabase.uniqueUsername("auditor");
        TestDatabase.insertStaff(auditor, PASSWORD, false, Roles.AUDITOR);
        browser.signIn(base, auditor, PASSWORD);
        browser.waitForUrlEnding("/auditor/home.xhtml");

        browser.open(base, "/members/detail.xhtml?m=" + member.ref());

        assertThat(browser.byId("error-message").getText()).contains("権限がありません");
        assertThat(browser.driver().getPageSource()).doesNotContain(member.memberNumber());
        assertThat(browser.hasLinkTo("/members/search.xhtml")).isFalse();
    }

    /** Opens the reveal dialog of a field (after its ajax update), chooses a reason and confirms. */
    private void reveal(String row, String reason) {
        browser.click(row + ":reveal");
        browser.find(By.id("reveal-form:reveal-dialog"));
        browser.select("reveal-form:reason", reason);
        browser.click("reveal-form:confirm-reveal");
    }

    private void signInAsAgent() throws Exception {
        String agent = TestDatabase.uniqueUsername("agent");
        TestDatabase.insertStaff(agent, PASSWORD, false, Roles.AGENT);
        browser.signIn(base, agent, PASSWORD);
        browser.waitForUrlEnding("/agent/home.xhtml");
    }

    private void fillAddress(String postalCode, String street) {
        browser.type("contact:postalCode", postalCode);
        browser.choose("prefecture", "13");
        browser.type("contact:city", "中央区");
        browser.type("contact:street", street);
    }
}

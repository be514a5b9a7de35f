package jp.member.directory;

import static jp.member.directory.DirectoryStaff.CACHE_AND_MORE;
import static jp.member.directory.DirectoryStaff.within;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jp.member.security.Roles;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What a person whose account is in the company's directory sees in the browser (issue 18). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "member.directory.it", matches = "true")
class DirectoryBrowserIT extends InBrowser {

    private static final String PASSWORD = "kawa-no-nagare-2026";

    @Deployment
    static WebArchive deployment() {
        return DirectoryStaff.deployment();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void directory() throws Exception {
        TestDirectory.server();
    }

    @Test
    @DisplayName("a manager in the directory's managers group signs in on the sign-in page and lands on the manager's"
            + " start page, whatever role the local record had")
    void directoryManagerLandsOnTheManagersHome() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-manager");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AGENT, TestDirectory.MANAGERS);

        browser.signIn(base, uid, PASSWORD);

        browser.waitForUrlEnding("/manager/home.xhtml");
        assertThat(browser.byId("start-title").getText()).isEqualTo("マネージャー ホーム");
        assertThat(browser.hasLinkTo("/agent/home.xhtml")).isFalse();
        assertThat(browser.find(By.id("sign-ins")).getText()).contains("成功");
        browser.screenshot("directory-manager-home");
    }

    @Test
    @DisplayName("an agent taken out of the agents group in the directory is sent to the sign-in page at a next page")
    void leavingTheGroupEndsTheBrowsersSession() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-agent");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AGENT, TestDirectory.AGENTS);
        browser.signIn(base, uid, PASSWORD);
        browser.waitForUrlEnding("/agent/home.xhtml");

        TestDirectory.removeFromGroup(uid, TestDirectory.AGENTS);

        assertThat(within(CACHE_AND_MORE, () -> {
                    browser.open(base, "/agent/home.xhtml");
                    return browser.driver().getCurrentUrl().endsWith("/login.xhtml");
                }))
                .as("sent to the sign-in page")
                .isTrue();
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
    }
}

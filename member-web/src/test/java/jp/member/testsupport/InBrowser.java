package jp.member.testsupport;

import java.net.URL;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser test classes: one headless Chromium per class, and signing in as a new staff account. */
public abstract class InBrowser {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /**
     * Creates a staff account with the role (attested; with a second factor where the role requires one), signs it
     * in and waits for its start page; returns the username.
     */
    protected static String signIn(URL base, String role, String home, String password) throws Exception {
        String username = TestDatabase.uniqueUsername(role.toLowerCase(Locale.ROOT));
        TestDatabase.insertStaff(username, password, false, role);
        browser.signIn(base, username, password);
        browser.waitForUrlEnding(home);
        return username;
    }
}

package jp.member.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium at the size of a call-centre screen, in Japanese (the options member-web's browser tests
 * use), and the two ways {@link WorkspaceBenchmark} times a step from the browser's own clocks: an Ajax request of
 * the page, and a page opened by a link. Binary and driver paths are given, so Selenium Manager never runs.
 */
final class AgentBrowser implements AutoCloseable {

    /**
     * One step: what the server spent (request sent → first byte of the answer, from Resource or Navigation Timing:
     * no network, no drawing), the same to the last byte (a page the server writes while it renders sends its first
     * bytes early), what the agent waited (click → result shown), and how many requests the step made.
     */
    record Timing(double serverMillis, double lastByteMillis, double endToEndMillis, int requests) {}

    /**
     * Clicks, then waits for the result to be shown (the element visible, no Ajax request running, the answer's timing
     * entry recorded) and for the next frame; answers the summed server time of the step's Ajax requests. Resource
     * timings are cleared first, so only this step's requests count.
     */
    private static final String AJAX_STEP = """
            const trigger = arguments[0], shown = arguments[1], done = arguments[arguments.length - 1];
            const requests = () => performance.getEntriesByType('resource')
                .filter(r => r.initiatorType === 'xmlhttprequest' || r.initiatorType === 'fetch');
            const visible = () => {
              const e = document.querySelector(shown);
              return e !== null && e.getClientRects().length > 0;
            };
            performance.clearResourceTimings();
            const t0 = performance.now();
            trigger.click();
            (function poll() {
              if (requests().length > 0 && window.jQuery.active === 0 && visible()) {
                requestAnimationFrame(() => {
                  const shownAt = performance.now();
                  const all = requests();
                  done({
                    server: all.reduce((sum, r) => sum + (r.responseStart - r.requestStart), 0),
                    lastByte: all.reduce((sum, r) => sum + (r.responseEnd - r.requestStart), 0),
                    endToEnd: shownAt - t0,
                    requests: all.length
                  });
                });
              } else if (performance.now() - t0 > 30000) {
                done(null);
              } else {
                setTimeout(poll, 1);
              }
            })();
            """;

    /** After a link was followed: the new page's server time and its load end, once the page shows the element. */
    private static final String NAVIGATION_STEP = """
            const n = performance.getEntriesByType('navigation')[0];
            const e = document.querySelector(arguments[0]);
            if (!n || n.loadEventEnd === 0 || e === null || e.getClientRects().length === 0) {
              return null;
            }
            return {
              server: n.responseStart - n.requestStart,
              lastByte: n.responseEnd - n.requestStart,
              endToEnd: n.loadEventEnd,
              requests: 1
            };
            """;

    private static final String CHROMIUM = System.getProperty("bench.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("bench.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final URI base;
    private final Path dir;

    AgentBrowser(Path dir, URI base) {
        this.base = base;
        this.dir = dir;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=ja-JP",
                "--user-data-dir="
                        + dir.resolve("browser")
                                .resolve(UUID.randomUUID().toString())
                                .toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // a script run while the new page replaces the old one may fail: try again
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(5));
        wait.ignoring(JavascriptException.class);
    }

    /** Opens a page of the application (path without the leading slash) and waits until it shows the element. */
    void open(String path, By shows) {
        driver.get(base.resolve(path).toString());
        find(shows);
    }

    /** Signs in on the login page with password and one-time code; returns the path of the page it lands on. */
    String signIn(String username, String password, String oneTimeCode) {
        open("login.xhtml", By.id("login:username"));
        type("login:username", username);
        type("login:password", password);
        type("login:code", oneTimeCode);
        driver.findElement(By.id("login:submit")).click();
        By refusal = By.cssSelector("[id='login:messages'] .ui-messages-error");
        wait.until(d -> !onLoginPage() || !d.findElements(refusal).isEmpty());
        if (onLoginPage()) {
            throw failure("sign-in refused: " + driver.findElement(refusal).getText());
        }
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private boolean onLoginPage() {
        return URI.create(driver.getCurrentUrl()).getPath().endsWith("/login.xhtml");
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses the option at this position of a native select (0 is the "please choose" line). */
    void choose(String id, int index) {
        new Select(find(By.id(id))).selectByIndex(index);
    }

    /** Opens a dialog with its button (no request: the dialog is in the page) and waits until it is shown. */
    void showDialog(String buttonId, String dialogId) {
        driver.executeScript("arguments[0].click();", find(By.id(buttonId)));
        find(By.id(dialogId));
    }

    /** Clicks the element, which sends an Ajax request, and times it until the page shows {@code shownSelector}. */
    Timing ajax(By trigger, String shownSelector) {
        Object answer = driver.executeAsyncScript(AJAX_STEP, find(trigger), shownSelector);
        if (!(answer instanceof Map<?, ?> timing)) {
            throw failure("no answer within 30 s after clicking " + trigger);
        }
        return timing(timing);
    }

    /** Follows the link to another page and times the page until it shows {@code shownSelector}. */
    Timing navigate(By link, String shownSelector) {
        find(link).click();
        try {
            return timing((Map<?, ?>) wait.until(d -> driver.executeScript(NAVIGATION_STEP, shownSelector)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw failure("the page opened by " + link + " did not show " + shownSelector);
        }
    }

    private WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw failure("not shown: " + by);
        }
    }

    private static Timing timing(Map<?, ?> answer) {
        return new Timing(
                ((Number) answer.get("server")).doubleValue(),
                ((Number) answer.get("lastByte")).doubleValue(),
                ((Number) answer.get("endToEnd")).doubleValue(),
                ((Number) answer.get("requests")).intValue());
    }

    /** The failure, with what the browser showed saved next to the results (synthetic members only). */
    private IllegalStateException failure(String what) {
        Path shot = dir.resolve("workspace-failure.png");
        try {
            Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            return new IllegalStateException(
                    what + " (no screenshot: " + e.getClass().getSimpleName() + ")");
        }
        return new IllegalStateException(
                what + " at " + URI.create(driver.getCurrentUrl()).getPath() + "; see " + shot);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

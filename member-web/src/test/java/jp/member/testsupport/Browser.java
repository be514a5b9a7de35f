package jp.member.testsupport;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests (one per test class: it takes seconds to start), at the size of a
 * call-centre screen, in Japanese. Binary and driver paths are given, so Selenium Manager never runs.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("member.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("member.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser() {
        Path profile = Path.of(
                System.getProperty("member.browser.dir", "target/browser"),
                UUID.randomUUID().toString());
        downloads = profile.resolveSibling(profile.getFileName() + "-downloads").toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false));
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
                "--user-data-dir=" + profile.toAbsolutePath());
        // The console (failed resource loads among it) for the tests that read it.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits for the next completed download into this browser's download folder and returns it (Chromium writes a
     * {@code .crdownload} file first and renames it when done).
     */
    public Path awaitDownload(java.util.Set<Path> seenBefore) {
        return wait.until(d -> {
            try (var files = java.nio.file.Files.list(downloads)) {
                return files.filter(f -> !f.toString().endsWith(".crdownload") && !seenBefore.contains(f))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException notYetCreated) {
                return null;
            }
        });
    }

    /** The files downloaded so far. */
    public java.util.Set<Path> downloaded() {
        try (var files = java.nio.file.Files.list(downloads)) {
            return files.collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException noneYet) {
            return java.util.Set.of();
        }
    }

    public void open(java.net.URL base, String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** A fresh session: no cookies from an earlier test. */
    /**
     * Sends these headers with every request from now on (Chrome DevTools; empty to stop): to come "from" another
     * address through the trusted proxy the test deployment stands in for.
     */
    public void sendHeaders(java.util.Map<String, String> headers) {
        org.openqa.selenium.chromium.ChromiumDriver chromium = (org.openqa.selenium.chromium.ChromiumDriver) driver;
        chromium.executeCdpCommand("Network.enable", java.util.Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", headers));
    }

    public void forgetSession(java.net.URL base) {
        open(base, "/login.xhtml");
        driver.manage().deleteAllCookies();
    }

    public WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    public void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types until the field holds exactly the text: a widget still busy with an earlier field (a calendar closing)
     * may take the first keys.
     */
    public void typeExactly(String id, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(By.id(id));
            if (text.equals(field.getAttribute("value"))) {
                return true;
            }
            field.clear();
            field.sendKeys(text);
            return false;
        });
    }

    /** Clicks the element, finding it again if an Ajax update replaced it between finding and clicking. */
    public void click(String id) {
        wait.until(d -> {
            try {
                ExpectedConditions.elementToBeClickable(By.id(id)).apply(d).click();
                return true;
            } catch (StaleElementReferenceException | NullPointerException replaced) {
                return false;
            }
        });
    }

    /**
     * Waits until the element shows the text, finding it again at every try: an Ajax update may replace it between
     * finding and reading, which Chromium reports as a node that "does not belong to the document".
     */
    public void waitForText(By by, String text) {
        try {
            wait.until(d -> {
                try {
                    return d.findElement(by).getText().contains(text);
                } catch (WebDriverException replacedWhileReading) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Waits until the element no longer shows the text (an Ajax update took it away), finding it again each try. */
    public void waitForNoText(By by, String text) {
        wait.until(d -> {
            try {
                return !d.findElement(by).getText().contains(text);
            } catch (WebDriverException replacedWhileReading) {
                return false;
            }
        });
    }

    /** Waits until the element is gone or hidden (a closing overlay). */
    public void waitForInvisible(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void waitForUrlEnding(String suffix) {
        wait.until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    public void signIn(java.net.URL base, String username, String password) {
        forgetSession(base);
        open(base, "/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        String code = TestDatabase.oneTimeCode(username);
        if (code != null) {
            type("login:code", code);
        }
        click("login:submit");
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu through its widget (as a click on the option does, firing
     * its change events) — clicking the floating option list is at the mercy of animation and scrolling.
     */
    public void choose(String widgetVar, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        // selectValue alone is silent (no change event): fire it, as a click on the option does
                        "PF(arguments[0]).selectValue(arguments[1]); PF(arguments[0]).triggerChange();",
                        widgetVar,
                        value);
    }

    /** Chooses an option of a plain (native) select by its value. */
    public void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(byId(id)).selectByValue(value);
    }

    public boolean hasLinkTo(String pathSuffix) {
        return !driver.findElements(By.cssSelector("a[href$='" + pathSuffix + "']"))
                .isEmpty();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for people reviewing a run. */
    public void screenshot(String name) {
        try {
            Path file = Path.of(System.getProperty("member.browser.dir", "target/browser"))
                    .resolveSibling("screenshots")
                    .resolve(name + ".png");
            java.nio.file.Files.createDirectories(file.getParent());
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(file, png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

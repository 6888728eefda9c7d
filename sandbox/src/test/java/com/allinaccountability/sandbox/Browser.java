package com.allinaccountability.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium per test, driven through {@code /usr/bin/chromedriver} (Selenium cannot download browsers
 * here; {@code .ci/install-browser.sh} installs both). Saves a screenshot of every test, passed or failed, as {@code
 * sandbox/target/screenshots/<TestClass>-<method>.png}.
 *
 * <p>Every page the browser opens has {@code window.alert}, {@code confirm} and {@code prompt} replaced by a recorder
 * before any of the page's own scripts run, so a test can assert that no injected script ever called them ({@link
 * #alertsCalled()}), and the browser's console is kept so a test can assert that no script failed ({@link
 * #consoleErrors()}).
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final String name;
    private WebDriver driver;
    private Path userDataDir;

    /** One browser per test; its screenshot is named after the test. */
    public Browser() {
        this("");
    }

    /**
     * A second (third...) browser in the same test, e.g. another user's session; {@code name} tells its screenshot
     * apart ({@code <TestClass>-<method>-<name>.png}).
     */
    public Browser(String name) {
        this.name = name;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium and ChromeDriver are missing: run .ci/install-browser.sh");
        }
    }

    /** Starts Chromium on first use, so a second browser a test never touches costs nothing. */
    private WebDriver start() throws IOException {
        userDataDir = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Runs before the page's own scripts in every document, so even an onerror handler firing during parsing is
        // caught; sessionStorage keeps the count across reloads within the tab.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ALERT_TRAP));
        driver = chrome;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver instanceof TakesScreenshot camera) { // null when the test never opened this browser
                showWholePage();
                Path dir = Path.of(System.getProperty("sandbox.screenshots", "target/screenshots"));
                Files.createDirectories(dir);
                Path shot = camera.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + (name.isEmpty() ? "" : "-" + name) + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            deleteRecursively(userDataDir);
            userDataDir = null;
        }
    }

    /** Grows the window to the page's height (same width, so the same layout) for a screenshot of all of it. */
    private void showWholePage() {
        try {
            Object height = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);");
            int wanted = Math.min(8000, ((Number) height).intValue() + 120);
            org.openqa.selenium.Dimension size = driver.manage().window().getSize();
            if (wanted > size.getHeight()) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), wanted));
            }
        } catch (RuntimeException e) {
            // A page that cannot be measured (an open alert, a crashed tab) is still photographed as it is.
        }
    }

    public WebDriver driver() {
        if (driver == null) {
            try {
                return start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return driver;
    }

    private static final String ALERT_TRAP = """
            (function () {
              function record(kind) {
                return function (message) {
                  try {
                    var calls = Number(sessionStorage.getItem('sbx-alerts') || 0) + 1;
                    sessionStorage.setItem('sbx-alerts', String(calls));
                  } catch (e) {
                    // about:blank and data: documents have no storage; the console line still records it.
                  }
                  console.error('sbx-alert-trap: ' + kind + ' ' + message);
                  return kind === 'confirm' ? false : null;
                };
              }
              window.alert = record('alert');
              window.confirm = record('confirm');
              window.prompt = record('prompt');
            }());
            """;

    /** How many times a script of the current tab called {@code alert}, {@code confirm} or {@code prompt}. */
    public long alertsCalled() {
        Object calls = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Number(sessionStorage.getItem('sbx-alerts') || 0);");
        return ((Number) calls).longValue();
    }

    /** The browser console's errors since the last call (failed scripts, failed resources, trapped alerts). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

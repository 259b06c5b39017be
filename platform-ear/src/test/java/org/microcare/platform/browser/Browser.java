package org.microcare.platform.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven by the Debian chromedriver, with its own throwaway profile
 * under target/. Nothing is downloaded: both paths are given, so Selenium Manager never runs.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    // Selenium bundles CDP bindings for a few Chrome versions only and warns twice per browser when
    // Debian's Chromium is newer. These tests never use CDP. Held in fields: the JDK keeps loggers weakly.
    private static final Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private final String baseUrl;
    private final Path home;
    private final Path profile;
    private final ChromeDriver driver;

    /** Starts a browser; {@code baseUrl} is what {@link #open(String)} resolves paths against. */
    public Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Path browsers = targetDir().resolve("browser");
        Files.createDirectories(browsers);
        this.home = Files.createTempDirectory(browsers, "chromium-");
        this.profile = Files.createDirectory(home.resolve("profile"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox", // we run as root in CI
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                // the network is closed: no background fetches, updates or sync
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setImplicitWaitTimeout(Duration.ZERO);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(home.resolve("chromedriver.log").toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        driver.manage().window().setSize(new Dimension(1280, 1024));
    }

    /** Whether the Debian chromium and chromium-driver packages are installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads {@code path} (relative to the base URL) and returns this browser. */
    public Browser open(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path : "/" + path));
        return this;
    }

    /** Waits up to 10 s for an element to be visible. */
    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Saves the current viewport as target/screenshots/{@code name}.png. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(targetDir().resolve("screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a screenshot and runs axe-core (WCAG 2.2 AA) on the current page; fails on any violation. */
    public void assertAccessible(String pageName) {
        screenshot(pageName);
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe failed on " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) on " + pageName
                    + " (" + driver.getCurrentUrl() + "):\n" + describe(violations));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(node -> "    at " + node.getTarget())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    /** target/, found as the parent of microcare.test.workdir when the build sets it. */
    private static Path targetDir() {
        String workdir = System.getProperty("microcare.test.workdir");
        Path target = workdir == null ? Path.of("target") : Path.of(workdir).toAbsolutePath().getParent();
        return target.toAbsolutePath();
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ejournal.it.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven by Debian's chromedriver. Both paths are given to Selenium
 * explicitly, so Selenium Manager never runs and nothing is downloaded. Each instance has its own empty
 * profile (fresh cookies, no session).
 *
 * <p>Vaadin renders most text inside shadow roots and slots, so {@link #visibleText()} walks the composed
 * tree and keeps only text a user can see.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("ejournal.e2e.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("ejournal.e2e.chromedriver", "/usr/bin/chromedriver"));
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(Long.getLong("ejournal.e2e.waitSeconds", 30));

    /** Flags that work on these machines (closed network, root, no GPU). */
    private static final List<String> FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,1400", "--lang=ru-RU");

    private static final String VISIBLE_TEXT_JS = """
            const out = [];
            const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
            function visible(el) {
              return !el || el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
            }
            function walk(node) {
              if (node.nodeType === Node.TEXT_NODE) {
                const t = node.textContent.replace(/\\s+/g, ' ').trim();
                if (t && visible(node.parentElement)) out.push(t);
                return;
              }
              if (node.nodeType === Node.ELEMENT_NODE) {
                if (skip.has(node.tagName)) return;
                if ((node.tagName === 'INPUT' || node.tagName === 'TEXTAREA') && node.type !== 'password'
                    && node.type !== 'hidden' && node.value && visible(node)) out.push(node.value);
                if (node.shadowRoot) walk(node.shadowRoot);
              }
              for (const c of node.childNodes) walk(c);
            }
            walk(arguments[0] || document.body);
            return out.join('\\n');
            """;

    private static final String VAADIN_IDLE_JS = """
            const v = window.Vaadin;
            if (!v || !v.Flow || !v.Flow.clients) return false;
            return Object.values(v.Flow.clients).every(c => !c.isActive || !c.isActive());
            """;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private boolean closed;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts Chromium. Fails (never skips) when the browser or the driver is missing: the test suite
     * needs them, and {@code scripts/install-test-tools.sh} installs them.
     */
    public static Browser start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("ejournal-e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(outDir().resolve("chromedriver.log").toFile())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(service, driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new IllegalStateException("Chromium did not start through " + CHROMEDRIVER + " (" + CHROMIUM
                    + "); see " + outDir().resolve("chromedriver.log") + ". If the packages are broken, run"
                    + " scripts/install-test-tools.sh as root.", e);
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new AssertionError(path + " is missing: the end-to-end tests need Debian's chromium and"
                    + " chromium-driver. Install them with: sudo scripts/install-test-tools.sh"
                    + " (package " + debianPackage + ")");
        }
    }

    /** Folder for screenshots and logs: target/e2e (failsafe sets it). */
    public static Path outDir() {
        Path dir = Path.of(System.getProperty("ejournal.e2e.out", "target/e2e"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Every piece of text a user can see, one per line, shadow DOM included. */
    public String visibleText() {
        return (String) ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT_JS);
    }

    /** Visible text inside one element (its shadow DOM included). */
    public String visibleText(WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT_JS, element);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits until the condition yields a non-null, non-false value, failing with {@code what} and the page text. */
    public <T> T waitUntil(String what, Duration timeout, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
        } catch (TimeoutException e) {
            String text;
            try {
                text = visibleText();
            } catch (RuntimeException ignored) {
                text = "(page text unavailable)";
            }
            throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what + " at "
                    + driver.getCurrentUrl() + "; the page shows:\n" + text, e);
        }
    }

    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return waitUntil(what, DEFAULT_WAIT, condition);
    }

    /** Waits until the page shows {@code text} somewhere (shadow DOM included). */
    public void waitForText(String text) {
        waitUntil("the text «" + text + "»", d -> visibleText().contains(text));
    }

    /** Waits for an element matching the CSS selector in the light DOM. */
    public WebElement waitFor(By by) {
        return waitUntil(by.toString(), d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Scrolls the element to the middle of the window and clicks it (does not wait for the server). */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        // A dialog or overlay still animating in takes the click for a moment: try again until it lands.
        clickWhenReady("a click on " + element.getTagName() + " to land", d -> element);
    }

    /**
     * Clicks the element {@code find} returns as soon as a click reaches it: an overlay still opening (Vaadin's
     * select, combo box and dialog animate in) intercepts clicks for a moment, and a re-rendered element goes
     * stale; both are retried until {@link #DEFAULT_WAIT}.
     */
    public void clickWhenReady(String what, Function<WebDriver, WebElement> find) {
        waitUntil(what, d -> {
            WebElement element = find.apply(d);
            if (element == null) {
                return null;
            }
            try {
                element.click();
                return Boolean.TRUE;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                     | org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** {@link #click(WebElement)}, then waits until Vaadin has answered. */
    public void clickAndWait(WebElement element) {
        click(element);
        waitForVaadin();
    }

    /** The trimmed text of the first element found, "" when there is none. */
    public String text(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** The trimmed, non-empty texts of the elements matching the CSS selector, in page order. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
    }

    /** Waits until Vaadin Flow has booted and no server round trip is pending. */
    public void waitForVaadin() {
        waitUntil("Vaadin to finish loading", d -> Boolean.TRUE.equals(script(VAADIN_IDLE_JS)));
    }

    /**
     * Chooses a file in the Vaadin upload of that id. Vaadin's upload keeps its file input hidden: show it,
     * empty it (a multiple-file input would keep the earlier file), then type the path.
     */
    public void upload(String uploadId, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No file to upload: " + file.toAbsolutePath());
        }
        WebElement input = (WebElement) script("""
                const up = document.getElementById(arguments[0]);
                const input = up.querySelector('input[type=file]') || up.shadowRoot.querySelector('input[type=file]');
                input.value = '';
                input.removeAttribute('hidden');
                input.style.display = 'block';
                return input;""", uploadId);
        input.sendKeys(file.toAbsolutePath().normalize().toString());
        waitForVaadin();
    }

    /** Saves a PNG screenshot and the page's visible text under target/e2e; returns the PNG path. */
    public Path screenshot(String name) {
        Path png = outDir().resolve(safe(name) + ".png");
        try {
            byte[] bytes = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(png, bytes);
            Files.writeString(outDir().resolve(safe(name) + ".txt"),
                    driver.getCurrentUrl() + "\n\n" + visibleText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                File f = p.toFile();
                f.delete();
            }
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}

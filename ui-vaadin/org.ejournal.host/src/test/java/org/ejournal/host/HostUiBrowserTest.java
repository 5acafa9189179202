package org.ejournal.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ejournal.api.ui.ViewContribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user sees of the host, in headless Chromium (Debian's {@code chromium} and
 * {@code chromedriver}; the test is skipped where they are missing): login refusals in Russian,
 * greeting and menu by role, «Нет доступа», an open page moved away when its add-on is removed, logout.
 * Accounts and the DIRECTOR-only view come from {@link ManualHost}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostUiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path workDir;

    static EJournalHost host;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        // A missing browser is a failure, never a skip: run scripts/install-test-tools.sh (./ejournal test does).
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are not installed: run scripts/install-test-tools.sh");
        host = EJournalHost.start(TestHosts.config(workDir).build());
        new ManualHost.Accounts().registerIn(host.systemContext());
        host.systemContext().registerService(ViewContribution.class, new ManualHost.DirectorOnly(), null);
        TestHosts.deploy(TestHosts.exampleAddOn(), workDir.resolve("deploy"), "hello.jar");
        assertTrue(TestHosts.await(() -> host.hasRoute("hello"), Duration.ofSeconds(15)) >= 0);
        base = "http://127.0.0.1:" + host.port() + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1200,800", "--lang=en-US",
                "--user-data-dir=" + Files.createDirectories(workDir.resolve("chromium")));
        // an English browser on purpose: the product must still speak Russian
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    @Order(1)
    void anonymousUserIsSentToLogin() {
        browser.get(base + "hello");
        awaitPath("/login");
        await("return !!document.querySelector('vaadin-login-form')");
        assertEquals("Электронный журнал", js("return document.querySelector('vaadin-login-form').i18n.form.title"));
    }

    @Test
    @Order(2)
    void wrongPasswordAndDeactivatedAccountAreRefusedInRussian() {
        login("teacher", "wrong");
        await("return document.querySelector('vaadin-login-form').error === true");
        assertEquals("Неверный логин или пароль",
                js("return document.querySelector('vaadin-login-form').i18n.errorMessage.title"));
        login("former", "demo");
        await("return document.querySelector('vaadin-login-form').i18n.errorMessage.title === 'Учётная запись отключена'");
        assertEquals("/login", path());
    }

    @Test
    @Order(3)
    void teacherIsGreetedAndSeesOnlyViewsOfHerRoles() {
        login("teacher", "demo");
        awaitPath("/");
        await("return document.body.innerText.includes('Здравствуйте, Мария Петровна!')");
        String page = bodyText();
        assertTrue(page.contains("Ваши роли: классный руководитель, учитель-предметник"), page);
        List<String> menu = menu();
        assertTrue(menu.contains("Главная") && menu.contains("Пример модуля"), menu.toString());
        assertFalse(menu.contains("Только директору"), menu.toString());
        assertTrue(page.contains("Иванова Мария Петровна") && page.contains("Выйти"), "header: " + page);
    }

    @Test
    @Order(4)
    void routeOfAnotherRoleShowsNoAccess() {
        browser.get(base + "director-only");
        awaitPath("/");
        await("return document.body.innerText.includes('Нет доступа к этому разделу')");
    }

    @Test
    @Order(5)
    void openAddOnPageMovesToStartPageWhenTheAddOnIsRemoved() throws Exception {
        browser.get(base + "hello");
        await("return !!document.getElementById('hello-greeting')");
        assertEquals("Здравствуйте, Иванова Мария Петровна!", js("return document.getElementById('hello-greeting').innerText"));
        assertEquals("Пример модуля · Электронный журнал", browser.getTitle());

        Files.delete(workDir.resolve("deploy/hello.jar"));
        assertTrue(TestHosts.await(() -> !host.hasRoute("hello"), Duration.ofSeconds(15)) >= 0);
        // no push: the move reaches the browser with its next request
        js("document.querySelector('vaadin-drawer-toggle').click()");
        awaitPath("/");
        await("return document.body.innerText.includes('Здравствуйте, Мария Петровна!')");
        assertFalse(menu().contains("Пример модуля"), menu().toString());
    }

    @Test
    @Order(6)
    void logoutEndsTheSession() {
        js("document.getElementById('logout').click()");
        awaitPath("/login");
        browser.get(base);
        awaitPath("/login");
    }

    private static void login(String user, String password) {
        if (!"/login".equals(path())) {
            browser.get(base + "login");
        }
        await("return !!document.querySelector('vaadin-login-form vaadin-button')");
        js("""
                const form = document.querySelector('vaadin-login-form');
                const user = form.querySelector('[name=username]');
                const password = form.querySelector('[name=password]');
                user.value = arguments[0];
                password.value = arguments[1];
                user.dispatchEvent(new Event('input', {bubbles: true}));
                password.dispatchEvent(new Event('input', {bubbles: true}));
                form.querySelector('vaadin-button').click();
                """, user, password);
    }

    @SuppressWarnings("unchecked")
    private static List<String> menu() {
        return (List<String>) js("return Array.from(document.querySelectorAll('vaadin-side-nav-item'))"
                + ".map(i => i.innerText.trim())");
    }

    private static String bodyText() {
        return (String) js("return document.body.innerText");
    }

    private static String path() {
        return (String) js("return location.pathname");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void awaitPath(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> "path " + expected + ", is " + path())
                .until(d -> expected.equals(path()));
    }

    private static void await(String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> condition + "\n" + bodyText())
                .until(d -> Boolean.TRUE.equals(js(condition)));
    }
}

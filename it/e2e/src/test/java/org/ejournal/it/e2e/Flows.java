package org.ejournal.it.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The eJournal steps every browser test repeats: the login form, the side menu, the journal's period
 * selector. Generic browser work (waiting, clicking, reading texts) lives in {@link Browser}.
 */
final class Flows {

    private static final By LOGIN_FORM = By.cssSelector("vaadin-login-form");
    private static final By LOGIN_USER = By.cssSelector("vaadin-login-form input[name='username'], #vaadinLoginUsername input");
    private static final By LOGIN_PASSWORD = By.cssSelector("vaadin-login-form input[name='password'], #vaadinLoginPassword input");
    private static final By MENU_ITEM = By.cssSelector("vaadin-side-nav-item");

    private Flows() {
    }

    /** Opens the login page, logs in and waits for the start page (the «Выйти» button). */
    static void logIn(Browser browser, EJournalUnderTest ejournal, String login, String password) {
        browser.open(ejournal.url("login"));
        submitLogin(browser, ejournal, login, password);
        browser.waitUntil("the start page after login as " + login, d -> !d.getCurrentUrl().contains("/login")
                && browser.visibleText().contains("Выйти"));
        browser.waitForVaadin();
    }

    /**
     * Fills and submits the login form (opening the login page unless the browser is on it) without waiting
     * for the outcome: the caller checks it (start page, «Неверный логин или пароль», a locked account).
     */
    static void submitLogin(Browser browser, EJournalUnderTest ejournal, String login, String password) {
        if (!browser.currentUrl().contains("/login")) {
            browser.open(ejournal.url("login"));
        }
        waitForLoginForm(browser);
        WebElement user = browser.waitFor(LOGIN_USER);
        WebElement pass = browser.waitFor(LOGIN_PASSWORD);
        browser.waitUntil("the login form enabled", d -> user.isEnabled() && pass.isEnabled());
        user.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        user.sendKeys(login);
        pass.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        pass.sendKeys(password, Keys.ENTER);
        browser.waitForVaadin();
    }

    /** Waits until the login form is rendered with its «Войти» button. */
    static void waitForLoginForm(Browser browser) {
        browser.waitForVaadin();
        browser.waitFor(LOGIN_FORM);
        browser.waitForText("Войти");
    }

    /** The side menu's items as a user reads them. */
    static List<String> menuItems(Browser browser) {
        return browser.driver().findElements(MENU_ITEM).stream().map(e -> browser.visibleText(e).trim()).toList();
    }

    /** Clicks the side menu item titled exactly {@code title} (scrolled into view: the administration's menu is long). */
    static void clickMenu(Browser browser, String title) {
        WebElement item = browser.waitUntil("the menu item «" + title + "»", d -> d.findElements(MENU_ITEM).stream()
                .filter(e -> browser.visibleText(e).trim().equals(title)).findFirst().orElse(null));
        browser.clickAndWait(item);
    }

    /** Chooses the period named {@code name} («I четверть») in the journal's period selector. */
    static void choosePeriod(Browser browser, String name) {
        browser.driver().findElement(By.id("journal-period")).click();
        browser.clickWhenReady("the period «" + name + "» in the list", d -> d
                .findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().trim().startsWith(name + " ")).findFirst().orElse(null));
        browser.waitForVaadin();
        String shown = browser.visibleText(browser.driver().findElement(By.id("journal-period")));
        assertTrue(shown.contains(name), "selected period: " + shown);
    }
}

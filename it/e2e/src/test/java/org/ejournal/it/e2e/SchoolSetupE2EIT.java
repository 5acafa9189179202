package org.ejournal.it.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The deputy director's school setup in a real browser against the running product with the demo school:
 * «Учебный год» lists the quarters with their deadlines, a period is closed after a confirmation and
 * opened again; «Классы», «Нагрузка» and «Замены» show the demo's classes, assignments and the active
 * substitution. The technical administrator has none of these menu entries.
 */
@ExtendWith(BrowserExtension.class)
class SchoolSetupE2EIT {

    private static EJournalUnderTest ejournal;

    @BeforeAll
    static void startProduct() throws Exception {
        ejournal = EJournalUnderTest.start();
    }

    @AfterAll
    static void stopProduct() {
        if (ejournal != null) {
            ejournal.close();
        }
    }

    @Test
    void theDeputyDirectorClosesAndReopensAPeriodAndSeesTheStaffing(Browser browser) {
        logIn(browser, "zavuch", "demo");
        clickMenu(browser, "Учебный год");
        browser.waitUntil("the periods of the year", d -> d.getCurrentUrl().endsWith("/school-year")
                && browser.visibleText().contains("I четверть") && browser.visibleText().contains("Итоговые отметки до"));
        assertTrue(browser.visibleText().contains("IV четверть"));
        browser.screenshot("SchoolSetupE2EIT-school-year");

        WebElement lock = browser.waitUntil("a «Закрыть период» button", d -> d
                .findElements(By.cssSelector("vaadin-button[id^='period-lock-']")).stream()
                .filter(b -> browser.visibleText(b).contains("Закрыть период")).findFirst().orElse(null));
        String lockId = lock.getAttribute("id");
        click(browser, lock);
        browser.waitForVaadin();
        click(browser, browser.waitUntil("the confirmation", d -> d.findElements(By.id("school-confirm-yes")).stream()
                .findFirst().orElse(null)));
        browser.waitForVaadin();
        browser.waitUntil("the period closed", d -> browser.visibleText(d.findElement(By.id(lockId)))
                .contains("Открыть период"));
        click(browser, browser.driver().findElement(By.id(lockId)));
        browser.waitForVaadin();
        click(browser, browser.waitUntil("the confirmation", d -> d.findElements(By.id("school-confirm-yes")).stream()
                .findFirst().orElse(null)));
        browser.waitForVaadin();
        browser.waitUntil("the period open again", d -> browser.visibleText(d.findElement(By.id(lockId)))
                .contains("Закрыть период"));

        clickMenu(browser, "Классы");
        browser.waitUntil("the classes of the year", d -> d.getCurrentUrl().endsWith("/classes")
                && browser.visibleText().contains("Классный руководитель") && browser.visibleText().contains("5А"));

        clickMenu(browser, "Нагрузка");
        browser.waitUntil("the assignments of the first class", d -> d.getCurrentUrl().endsWith("/staffing")
                && browser.visibleText().contains("Часов в неделю") && browser.visibleText().contains("весь класс"));

        clickMenu(browser, "Замены");
        browser.waitUntil("the demo substitution", d -> d.getCurrentUrl().endsWith("/substitutions")
                && browser.visibleText().contains("курсы повышения квалификации"));
        assertTrue(browser.visibleText().contains("5А"), browser.visibleText());
        browser.screenshot("SchoolSetupE2EIT-substitutions");
    }

    @Test
    void theTechnicalAdministratorHasNoSchoolSetupMenu(Browser browser) {
        logIn(browser, "admin", "demo");
        String text = browser.visibleText();
        for (String entry : List.of("Учебный год", "Нагрузка", "Замены")) {
            assertFalse(text.contains(entry), entry + " in " + text);
        }
        assertTrue(text.contains("Сотрудники"), "staff records are his: " + text);
    }

    private static void click(Browser browser, WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void logIn(Browser browser, String login, String password) {
        browser.open(ejournal.url("login"));
        browser.waitForVaadin();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.waitForText("Войти");
        WebElement user = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username'], #vaadinLoginUsername input"));
        WebElement pass = browser.waitFor(By.cssSelector("vaadin-login-form input[name='password'], #vaadinLoginPassword input"));
        user.sendKeys(login);
        pass.sendKeys(password, Keys.ENTER);
        browser.waitUntil("the start page after login as " + login, d -> !d.getCurrentUrl().endsWith("/login")
                && browser.visibleText().contains("Выйти"));
        browser.waitForVaadin();
    }

    private static void clickMenu(Browser browser, String title) {
        WebElement item = browser.waitUntil("the menu item «" + title + "»", d -> d
                .findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(e -> browser.visibleText(e).trim().equals(title)).findFirst().orElse(null));
        item.click();
        browser.waitForVaadin();
    }
}

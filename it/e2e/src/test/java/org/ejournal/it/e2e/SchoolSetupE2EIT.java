package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
        logIn(browser, ejournal, "zavuch", "demo");
        clickMenu(browser, "Учебный год");
        browser.waitUntil("the periods of the year", d -> d.getCurrentUrl().endsWith("/school-year")
                && browser.visibleText().contains("I четверть") && browser.visibleText().contains("Итоговые отметки до"));
        assertTrue(browser.visibleText().contains("IV четверть"));
        browser.screenshot("SchoolSetupE2EIT-school-year");

        WebElement lock = browser.waitUntil("a «Закрыть период» button", d -> d
                .findElements(By.cssSelector("vaadin-button[id^='period-lock-']")).stream()
                .filter(b -> browser.visibleText(b).contains("Закрыть период")).findFirst().orElse(null));
        String lockId = lock.getAttribute("id");
        browser.click(lock);
        browser.waitForVaadin();
        browser.click(browser.waitUntil("the confirmation", d -> d.findElements(By.id("school-confirm-yes")).stream()
                .findFirst().orElse(null)));
        browser.waitForVaadin();
        browser.waitUntil("the period closed", d -> browser.visibleText(d.findElement(By.id(lockId)))
                .contains("Открыть период"));
        browser.click(browser.driver().findElement(By.id(lockId)));
        browser.waitForVaadin();
        browser.click(browser.waitUntil("the confirmation", d -> d.findElements(By.id("school-confirm-yes")).stream()
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
        logIn(browser, ejournal, "admin", "demo");
        String text = browser.visibleText();
        for (String entry : List.of("Учебный год", "Нагрузка", "Замены")) {
            assertFalse(text.contains(entry), entry + " in " + text);
        }
        assertTrue(text.contains("Сотрудники"), "staff records are his: " + text);
    }
}

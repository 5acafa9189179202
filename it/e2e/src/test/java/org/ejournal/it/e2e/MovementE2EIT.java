package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Database.row;
import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The deputy director moves a student of the demo school to another class, then the director promotes
 * the year, and a second promotion is refused — all in a real browser against the running product.
 */
@ExtendWith(BrowserExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MovementE2EIT {

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
    @Order(1)
    void theDeputyTransfersAStudentToTheParallelClass(Browser browser) throws SQLException {
        // A 5А student whose surname is unique in the school, and the parallel class of the same year.
        String[] student = row(ejournal.database(), "SELECT s.last_name, s.id, c.academic_year_id FROM student s"
                + " JOIN enrollment e ON e.student_id = s.id AND e.end_date IS NULL"
                + " JOIN school_class c ON c.id = e.class_id AND c.grade = 5 AND c.letter = 'А'"
                + " WHERE (SELECT COUNT(*) FROM student t WHERE t.school_id = s.school_id AND t.last_name = s.last_name) = 1"
                + " ORDER BY s.id LIMIT 1");
        String yearName = row(ejournal.database(), "SELECT name FROM academic_year WHERE id = ?", student[2])[0];

        logIn(browser, ejournal, "zavuch", "demo");
        clickMenu(browser, "Движение учащихся");
        browser.waitUntil("the movement page", d -> d.getCurrentUrl().endsWith("/movement"));
        WebElement search = browser.waitFor(By.cssSelector("#movement-search input"));
        search.sendKeys(student[0], Keys.ENTER);
        browser.waitForVaadin();
        WebElement heading = browser.waitUntil("the student with his class",
                d -> d.findElements(By.id("movement-heading")).stream().findFirst().orElse(null));
        assertTrue(browser.visibleText(heading).startsWith(student[0]), browser.visibleText(heading));
        assertTrue(browser.visibleText(heading).endsWith(", 5А"), browser.visibleText(heading));
        browser.waitForText("История движения");

        WebElement target = browser.waitFor(By.cssSelector("#movement-transfer-class input"));
        target.click();
        target.sendKeys("5Б (" + yearName + ")");
        browser.waitForVaadin();
        target.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        browser.click(browser.driver().findElement(By.id("movement-transfer-button")));
        browser.waitForVaadin();
        WebElement yes = browser.waitUntil("the confirmation", d -> d.findElements(By.id("movement-confirm-yes"))
                .stream().findFirst().orElse(null));
        browser.waitForText("Перевести ученика " + student[0]);
        browser.click(yes);
        browser.waitForVaadin();
        browser.waitUntil("the student now in 5Б", d -> d.findElements(By.id("movement-heading")).stream()
                .anyMatch(h -> browser.visibleText(h).endsWith(", 5Б")));
        browser.screenshot("MovementE2EIT-transferred");
        assertEquals("2", row(ejournal.database(), "SELECT COUNT(*) FROM enrollment WHERE student_id = ?", student[1])[0],
                "the old stay is kept, a new one started");
        assertEquals("5Б", row(ejournal.database(), "SELECT CONCAT(c.grade, c.letter) FROM enrollment e JOIN school_class c"
                + " ON c.id = e.class_id WHERE e.student_id = ? AND e.end_date IS NULL", student[1])[0]);
    }

    @Test
    @Order(2)
    void theDirectorPromotesTheYearOnceAndOnlyOnce(Browser browser) throws SQLException {
        logIn(browser, ejournal, "director", "demo");
        clickMenu(browser, "Перевод на следующий год");
        browser.waitUntil("the promotion page", d -> d.getCurrentUrl().endsWith("/promotion"));
        browser.click(browser.waitFor(By.id("promotion-preview")));
        browser.waitForVaadin();
        WebElement totals = browser.waitUntil("the plan", d -> d.findElements(By.id("promotion-totals")).stream()
                .findFirst().orElse(null));
        assertTrue(browser.visibleText(totals).startsWith("Переводятся: "), browser.visibleText(totals));
        browser.waitForText("5А → 6А");
        assertTrue(browser.visibleText().contains("11А → выпуск") || !browser.visibleText().contains("11А"));
        browser.screenshot("MovementE2EIT-plan");

        browser.click(browser.driver().findElement(By.id("promotion-run")));
        browser.waitForVaadin();
        browser.click(browser.waitUntil("the confirmation", d -> d.findElements(By.id("promotion-confirm-yes"))
                .stream().findFirst().orElse(null)));
        browser.waitForVaadin();
        WebElement result = browser.waitUntil("the result", java.time.Duration.ofSeconds(60),
                d -> d.findElements(By.id("promotion-result")).stream()
                        .filter(r -> browser.visibleText(r).startsWith("Готово: учебный год")).findFirst().orElse(null));
        browser.screenshot("MovementE2EIT-promoted");
        String nextYear = browser.visibleText(result).replaceAll("^Готово: учебный год (\\S+)\\..*$", "$1");
        assertTrue(Integer.parseInt(row(ejournal.database(), "SELECT COUNT(*) FROM school_class c JOIN academic_year y"
                + " ON y.id = c.academic_year_id WHERE y.name = ?", nextYear)[0]) > 0, nextYear);
        assertEquals("1", row(ejournal.database(), "SELECT COUNT(*) FROM promotion_run")[0]);

        browser.click(browser.driver().findElement(By.id("promotion-preview")));
        browser.waitForVaadin();
        browser.waitUntil("the refusal of a second run", d -> browser.visibleText().contains(
                "уже переведён на следующий: повторный перевод невозможен"));
        assertFalse(browser.driver().findElements(By.id("promotion-run")).stream().findAny().isPresent(),
                "nothing to run again");
        assertEquals("1", row(ejournal.database(), "SELECT COUNT(*) FROM promotion_run")[0]);
    }

    @Test
    @Order(3)
    void teachersHaveNeitherMenu(Browser browser) {
        logIn(browser, ejournal, "klassruk", "demo");
        assertFalse(browser.visibleText().contains("Движение учащихся"), browser.visibleText());
        assertFalse(browser.visibleText().contains("Перевод на следующий год"), browser.visibleText());
    }
}

package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The class teacher's «Ученики» in a real browser against the running product with the demo school:
 * who lacks a consent, personal fields locked without one, recording and withdrawing a consent after a
 * confirmation. The technical administrator has no such menu entry.
 */
@ExtendWith(BrowserExtension.class)
class StudentsE2EIT {

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
    void classTeacherRecordsAndWithdrawsAConsent(Browser browser) {
        logIn(browser, ejournal, "klassruk", "demo");
        clickMenu(browser, "Ученики");
        browser.waitUntil("the class list of 5А", d -> d.getCurrentUrl().endsWith("/students")
                && browser.visibleText().contains("Без согласия на обработку персональных данных"));
        assertTrue(browser.visibleText(browser.driver().findElement(By.id("students-class"))).contains("5А")
                || String.valueOf(browser.script("return document.getElementById('students-class').value"))
                        .contains("5А") || browser.visibleText().contains("5А"), "her class 5А is chosen");

        WebElement marker = browser.waitUntil("a student marked «нет согласия»",
                d -> d.findElements(By.cssSelector(".students-no-consent")).stream().findFirst().orElse(null));
        assertTrue(browser.visibleText(marker).contains("нет согласия"));
        String markerId = marker.getAttribute("id");
        marker.click();
        browser.waitForVaadin();
        browser.waitUntil("the student form", d -> !d.findElements(By.id("student-form")).isEmpty());
        browser.waitForText("хранятся только фамилия, имя и отчество");
        assertTrue(addressDisabled(browser), "address locked without consent");

        browser.click(browser.driver().findElement(By.id("consent-record")));
        browser.waitForVaadin();
        browser.click(browser.waitUntil("the confirmation", d -> d.findElements(By.id("students-confirm-yes")).stream()
                .findFirst().orElse(null)));
        browser.waitForVaadin();
        browser.waitUntil("the recorded consent", d -> !d.findElements(By.id("student-consent-withdraw")).isEmpty());
        assertFalse(addressDisabled(browser), "address editable with consent");
        assertTrue(browser.driver().findElements(By.id(markerId)).isEmpty(), "the marker is gone");
        browser.screenshot("StudentsE2EIT-consent-recorded");

        browser.click(browser.driver().findElement(By.id("student-consent-withdraw")));
        browser.waitForVaadin();
        browser.click(browser.waitUntil("the confirmation", d -> d.findElements(By.id("students-confirm-yes")).stream()
                .findFirst().orElse(null)));
        browser.waitForVaadin();
        browser.waitUntil("the consent withdrawn", d -> !d.findElements(By.id("consent-record")).isEmpty());
        assertTrue(addressDisabled(browser), "address locked again");
        browser.waitUntil("the marker is back", d -> !d.findElements(By.id(markerId)).isEmpty());
    }

    @Test
    void theTechnicalAdministratorHasNoStudentsMenu(Browser browser) {
        logIn(browser, ejournal, "admin", "demo");
        assertFalse(browser.visibleText().contains("Ученики"), browser.visibleText());
    }

    /** The form is longer than the window: scroll the element into view as a user would, then click. */

    private static boolean addressDisabled(Browser browser) {
        return Boolean.TRUE.equals(browser.script(
                "return document.getElementById('student-address').hasAttribute('disabled')"));
    }
}

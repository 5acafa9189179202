package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.choosePeriod;
import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a teacher does first, in a real browser against the running product with the demo school:
 * log in on the Russian login page, open «Мои классы», open the 5А mathematics journal.
 */
@ExtendWith(BrowserExtension.class)
class JournalE2EIT {

    private static final Pattern RUSSIAN_FULL_NAME = Pattern.compile("[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё]+( [А-ЯЁ][а-яё]+)?");
    private static final Pattern MARKS = Pattern.compile("[1-5](/[1-5])*( [НБ]| УП| ОП)?");

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
    void teacherLogsInOpensMyClassesAndSeesThe5AMathematicsJournal(Browser browser) {
        logIn(browser, ejournal, "teacher", "demo");

        clickMenu(browser, "Мои классы");
        browser.waitUntil("the «Мои классы» list", d -> d.getCurrentUrl().endsWith("/my-classes")
                && !d.findElements(By.cssSelector("a.journal-assignment-link")).isEmpty());
        WebElement math5a = link(browser, "5А · Математика");
        math5a.click();
        browser.waitForVaadin();

        browser.waitUntil("the journal grid with students",
                d -> !d.findElements(By.cssSelector("#journal-grid .journal-student-name")).isEmpty());
        assertTrue(browser.currentUrl().matches(".*/journal/\\d+"), browser.currentUrl());
        String heading = browser.visibleText(browser.driver().findElement(By.id("journal-heading")));
        assertTrue(heading.contains("5А") && heading.contains("Математика"), "journal heading: " + heading);

        List<String> names = browser.texts("#journal-grid .journal-student-name");
        assertTrue(names.size() >= 5, "students of 5А shown: " + names);
        for (String name : names) {
            assertTrue(RUSSIAN_FULL_NAME.matcher(name).matches(), "a Cyrillic full name: «" + name + "»");
        }
        // The journal opens on the current period; the demo school has lessons and marks in the first
        // quarter: choose it as a user would.
        choosePeriod(browser, "I четверть");
        browser.waitUntil("marks of the first quarter in the grid", d -> browser.texts("#journal-grid .journal-cell")
                .stream().anyMatch(t -> MARKS.matcher(t).matches()));
        List<String> marks = browser.texts("#journal-grid .journal-cell").stream()
                .filter(t -> MARKS.matcher(t).matches()).toList();
        assertTrue(marks.size() >= 5, "marks in the first quarter's grid: " + marks);
        assertEquals(names, browser.texts("#journal-grid .journal-student-name"), "the same class list");
        browser.screenshot("JournalE2EIT-5A-mathematics");
    }

    @Test
    void aWrongPasswordIsRefusedInRussian(Browser browser) {
        browser.open(ejournal.url("login"));
        Flows.waitForLoginForm(browser);
        assertTrue(browser.visibleText().contains("Пароль"), "the login page is in Russian:\n" + browser.visibleText());
        Flows.submitLogin(browser, ejournal, "teacher", "не-тот-пароль");

        browser.waitForText("Неверный логин или пароль");
        assertTrue(browser.currentUrl().endsWith("/login"), "still on the login page: " + browser.currentUrl());
        assertFalse(browser.visibleText().contains("Мои классы"), "no menu without a login");
    }

    @Test
    void anotherTeachersJournalShowsNoData(Browser teacherBrowser) {
        // The class teacher of 5А teaches Russian there: her own link gives the id, and she sees the data.
        String href;
        List<String> herStudents;
        try (Browser klassruk = Browser.start()) {
            logIn(klassruk, ejournal, "klassruk", "demo");
            klassruk.open(ejournal.url("my-classes"));
            klassruk.waitForVaadin();
            href = link(klassruk, "5А · Русский язык").getAttribute("href");
            klassruk.open(href);
            klassruk.waitForVaadin();
            klassruk.waitUntil("the class teacher's own journal",
                    d -> !d.findElements(By.cssSelector("#journal-grid .journal-student-name")).isEmpty());
            herStudents = klassruk.texts("#journal-grid .journal-student-name");
        }
        assertTrue(href.matches(".*/journal/\\d+"), href);

        logIn(teacherBrowser, ejournal, "teacher", "demo");
        teacherBrowser.open(href);
        teacherBrowser.waitForVaadin();
        // a positive sign that the page has settled: the refusal, or being sent elsewhere
        String path = href.substring(href.indexOf("/journal/"));
        teacherBrowser.waitUntil("a refusal («Нет доступа») or a redirect away from " + path,
                d -> teacherBrowser.visibleText().contains("Нет доступа") || !d.getCurrentUrl().endsWith(path));
        teacherBrowser.waitForVaadin();

        String page = teacherBrowser.visibleText();
        assertTrue(teacherBrowser.driver().findElements(By.cssSelector(".journal-student-name")).isEmpty(),
                "no journal rows for another teacher's assignment");
        for (String student : herStudents) {
            assertFalse(page.contains(student), "the student «" + student + "» must not be shown:\n" + page);
        }
        assertFalse(page.contains("Русский язык") && page.contains("5А ·"), "nor the assignment's title:\n" + page);
        teacherBrowser.screenshot("JournalE2EIT-another-teachers-journal");
    }

    // --- steps ---

    /** Opens the period selector and picks the period whose label starts with {@code name}. */

    private static WebElement link(Browser browser, String title) {
        return browser.waitUntil("the link «" + title + "»", d -> d
                .findElements(By.cssSelector("a.journal-assignment-link")).stream()
                .filter(e -> e.getText().trim().equals(title)).findFirst().orElse(null));
    }

}

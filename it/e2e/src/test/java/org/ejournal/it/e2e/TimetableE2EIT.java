package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.ejournal.it.e2e.Flows.menuItems;
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
 * The deputy director's «Расписание», «Уроки класса» and «Готовность к 1 сентября» in a real browser against
 * the running product with the demo school: a lesson added to an empty cell, the same one refused at the same
 * time with a Russian message, lessons generated for a period after a preview, the readiness list. A subject
 * teacher has no such menu entries.
 */
@ExtendWith(BrowserExtension.class)
class TimetableE2EIT {

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
    void deputyDirectorBuildsTheTimetableAndGeneratesLessons(Browser browser) {
        logIn(browser, ejournal, "zavuch", "demo");
        clickMenu(browser, "Расписание");
        browser.waitUntil("the weekly grid", d -> d.getCurrentUrl().contains("/timetable")
                && browser.visibleText().contains("Понедельник") && browser.visibleText().contains("Суббота"));
        browser.waitUntil("lessons of the demo timetable in the grid",
                d -> d.findElements(By.cssSelector("[id^='timetable-slot-']")).stream().findFirst().orElse(null));

        // Saturday, 8th lesson: empty in the demo timetable.
        browser.click(browser.waitFor(By.id("timetable-add-6-8")));
        browser.waitForVaadin();
        browser.click(browser.waitFor(By.id("timetable-dialog-save")));
        browser.waitForVaadin();
        browser.waitUntil("the new lesson in the cell", d -> d.findElements(
                By.cssSelector("#timetable-cell-6-8 [id^='timetable-slot-']")).stream().findFirst().orElse(null));

        // The same again at the same time: refused with the rule's message, the dialog stays open.
        browser.click(browser.waitFor(By.id("timetable-add-6-8")));
        browser.waitForVaadin();
        browser.click(browser.waitFor(By.id("timetable-dialog-save")));
        browser.waitForVaadin();
        WebElement error = browser.waitUntil("the clash message", d -> d.findElements(By.id("timetable-dialog-error"))
                .stream().filter(e -> browser.visibleText(e).contains("В субботу на 8-м уроке")).findFirst()
                .orElse(null));
        assertTrue(browser.visibleText(error).contains("уже"), browser.visibleText(error));
        browser.screenshot("TimetableE2EIT-clash");
        browser.click(browser.waitFor(By.id("timetable-dialog-cancel")));
        browser.waitForVaadin();

        // Lessons for the period: a preview, one question, then the result.
        browser.click(browser.waitFor(By.id("timetable-generate-class")));
        browser.waitForVaadin();
        // The dialog fades in: wait until its text is visible.
        WebElement preview = browser.waitUntil("the preview of the generation", d -> d.findElements(
                By.id("timetable-generate-preview")).stream().filter(e -> browser.visibleText(e)
                .contains("Будет создано:")).findFirst().orElse(null));
        assertTrue(browser.visibleText(preview).startsWith("Класс "), browser.visibleText(preview));
        browser.click(browser.waitFor(By.id("timetable-generate-yes")));
        browser.waitForVaadin();
        WebElement counts = browser.waitUntil("the result", d -> d.findElements(By.id("timetable-result-counts"))
                .stream().filter(e -> !browser.visibleText(e).isEmpty()).findFirst().orElse(null));
        assertTrue(browser.visibleText(counts).startsWith("Создано:"), browser.visibleText(counts));
        browser.screenshot("TimetableE2EIT-generated");

        clickMenu(browser, "Уроки класса");
        browser.waitUntil("the week of lessons", d -> d.getCurrentUrl().contains("/lessons")
                && browser.visibleText().contains("Неделя с"));

        clickMenu(browser, "Готовность к 1 сентября");
        browser.waitUntil("the readiness report", d -> d.getCurrentUrl().contains("/readiness")
                && browser.visibleText().contains("Учебный год"));
        String text = browser.visibleText();
        assertTrue(text.contains("Найдено проблем:") || text.contains("Всё готово"), text);
        browser.screenshot("TimetableE2EIT-readiness");
    }

    @Test
    void aSubjectTeacherHasNoTimetableManagement(Browser browser) {
        logIn(browser, ejournal, "teacher", "demo");
        String menu = String.join(" | ", menuItems(browser));
        for (String entry : List.of("Расписание", "Уроки класса", "Готовность к 1 сентября")) {
            assertFalse(menu.contains(entry), menu);
        }
    }
}

package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.choosePeriod;
import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard entry in the teacher's journal, in a real browser against the running product with the demo
 * school: after one click into the table, everything is typed — a mark, Enter, an absence code, Tab, arrows,
 * another mark, Ctrl+Z, Delete — each cell shows it is saved, and after a reload the values are still there.
 * A 1st-grade teacher's mark is refused with the rule's message next to the cell; the final marks of a
 * finished period are locked; the class teacher's attendance week opens.
 */
@ExtendWith(BrowserExtension.class)
class JournalKeyboardE2EIT {

    /** Finds a writable empty cell whose lower neighbour and right neighbour's row are writable and empty. */
    private static final String FIND_EMPTY_CELLS = """
            const host = document.getElementById('journal-grid');
            const rows = [...host.querySelectorAll('tbody tr[data-r]')];
            const ok = (td) => td && td.classList.contains('journal-cell') && !td.classList.contains('ej-ro')
                && td.textContent.trim() === '';
            for (let r = 0; r + 1 < rows.length; r++) {
              for (const td of rows[r].querySelectorAll('td.journal-cell')) {
                const c = td.dataset.c;
                const below = rows[r + 1].querySelector('td[data-c="' + c + '"]');
                const right = rows[r + 1].querySelector('td[data-c="' + (+c + 1) + '"]');
                if (ok(td) && ok(below) && right && right.classList.contains('journal-cell')) return [td.id, below.id];
              }
            }
            return null;
            """;

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
    void teacherTypesMarksAndAbsencesWithTheKeyboardAndTheyAreSaved(Browser browser) {
        logIn(browser, ejournal, "teacher", "demo");
        openJournal(browser, "5А · Математика");

        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.script(FIND_EMPTY_CELLS);
        assertNotNull(ids, "an empty writable cell with an empty one below it in the current period");
        String first = ids.get(0);
        String below = ids.get(1);

        browser.driver().findElement(By.id(first)).click(); // the one click: where to start
        keys(browser, "5", Keys.ENTER);
        waitSaved(browser, first, "5");
        assertTrue(active(browser).equals(below), "Enter moved the cursor down to " + below + ", not " + active(browser));

        keys(browser, "н", Keys.TAB);
        waitSaved(browser, below, "Н");
        keys(browser, Keys.ARROW_UP, Keys.ARROW_LEFT);
        assertEquals(first, active(browser), "Tab went right, ↑ and ← came back");

        keys(browser, "4", Keys.ARROW_DOWN);
        waitSaved(browser, first, "4");
        keys(browser, Keys.ARROW_UP);
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        waitSaved(browser, first, "5");
        assertTrue(browser.visibleText(browser.driver().findElement(By.id("journal-save-status")))
                .startsWith("Отменено"), "the status line says the change was undone");

        // Reload: what was typed is stored.
        browser.driver().navigate().refresh();
        browser.waitForVaadin();
        waitText(browser, first, "5");
        waitText(browser, below, "Н");
        browser.screenshot("JournalKeyboardE2EIT-typed");

        // Delete clears, and stays cleared.
        browser.driver().findElement(By.id(below)).click();
        keys(browser, Keys.DELETE);
        waitSaved(browser, below, "");
        browser.driver().navigate().refresh();
        browser.waitForVaadin();
        waitText(browser, first, "5");
        waitText(browser, below, "");

        // A column pasted from Excel fills down from the active cell (the browser's paste event, as Ctrl+V makes it).
        @SuppressWarnings("unchecked")
        List<String> pair = (List<String>) browser.script(FIND_EMPTY_CELLS);
        assertNotNull(pair, "two more empty cells for the paste");
        browser.driver().findElement(By.id(pair.get(0))).click();
        browser.script("const dt = new DataTransfer(); dt.setData('text/plain', '3\\r\\n4\\r\\n');"
                + " document.activeElement.dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: dt, bubbles: true, cancelable: true}));");
        waitSaved(browser, pair.get(0), "3");
        waitSaved(browser, pair.get(1), "4");

        // A value outside the scale is refused next to the cell, with what was typed kept.
        browser.driver().findElement(By.id(below)).click();
        keys(browser, "7", Keys.ENTER);
        browser.waitUntil("the refusal of «7»", d -> d.findElement(By.id(below)).getAttribute("class")
                .contains("ej-error"));
        assertEquals("7", browser.driver().findElement(By.id(below)).getText().trim());

        // The row's «Ср.» and «Прогн.» follow a saved mark at once, as a reload computes them.
        List<String> was = rowSummary(browser, first);
        browser.driver().findElement(By.id(first)).click();
        keys(browser, "2", Keys.ENTER); // the «5» of this cell becomes a «2»: the average must drop
        waitSaved(browser, first, "2");
        browser.waitUntil("the row's average changed from «" + was.get(0) + "»",
                d -> !rowSummary(browser, first).get(0).equals(was.get(0)));
        List<String> live = rowSummary(browser, first);
        assertTrue(live.size() == 4, "average and suggestion shown in the row: " + live);
        assertFalse(live.get(0).isEmpty(), "an average after the new mark");
        browser.screenshot("JournalKeyboardE2EIT-average-follows");
        browser.driver().navigate().refresh();
        browser.waitForVaadin();
        waitText(browser, first, "2");
        assertEquals(live, rowSummary(browser, first),
                "average, suggestion and its reasons shown after typing are those a reload computes");
    }

    /** The texts and hover titles of the row's shown-only cells: «Ср.», then «Прогн.» (when the period has one). */
    @SuppressWarnings("unchecked")
    private static List<String> rowSummary(Browser browser, String cellId) {
        return (List<String>) browser.script("const td = document.getElementById(arguments[0]);"
                + " return [...td.closest('tr').querySelectorAll('td.journal-average')]"
                + ".flatMap(t => [t.textContent.trim(), t.getAttribute('title') || '']);", cellId);
    }

    @Test
    void aFirstGradeTeacherCannotGiveAMark(Browser browser) throws Exception {
        Map.Entry<String, Long> firstGrade = firstGradeTeacher();
        logIn(browser, ejournal, firstGrade.getKey(), "demo");
        browser.open(ejournal.url("journal/" + firstGrade.getValue()));
        browser.waitForVaadin();
        waitForTable(browser);

        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.script(FIND_EMPTY_CELLS);
        assertNotNull(ids, "an empty writable cell in the 1st-grade journal");
        browser.driver().findElement(By.id(ids.get(0))).click();
        keys(browser, "5", Keys.ENTER);
        browser.waitUntil("the refusal next to the cell", d -> d.findElement(By.id(ids.get(0))).getAttribute("class")
                .contains("ej-error"));
        keys(browser, Keys.ARROW_UP); // back onto the refused cell: its message shows beside it
        String bubble = browser.visibleText(browser.driver().findElement(By.cssSelector("#journal-grid .ej-bubble")));
        assertTrue(bubble.contains("В 1-м классе отметки не ставятся"), "the rule's message: " + bubble);
        assertTrue(browser.visibleText(browser.driver().findElement(By.id("journal-save-status")))
                .startsWith("Не сохранено"));
        browser.screenshot("JournalKeyboardE2EIT-first-grade");

        browser.driver().navigate().refresh();
        browser.waitForVaadin();
        waitText(browser, ids.get(0), "");
    }

    @Test
    void finalMarksOfAFinishedPeriodAreLocked(Browser browser) {
        logIn(browser, ejournal, "teacher", "demo");
        openJournal(browser, "5А · Математика");
        choosePeriod(browser, "I четверть");
        browser.waitUntil("the final-marks column", d -> !d.findElements(By.cssSelector("#journal-grid td.journal-final"))
                .isEmpty());
        WebElement cell = browser.driver().findElements(By.cssSelector("#journal-grid td.journal-final")).get(0);
        assertTrue(cell.getAttribute("class").contains("ej-locked"), cell.getAttribute("class"));
        String before = cell.getText();
        cell.click();
        keys(browser, "5", Keys.ENTER);
        String bubble = browser.visibleText(browser.driver().findElement(By.cssSelector("#journal-grid .ej-bubble")));
        assertTrue(bubble.contains("истёк"), "the deadline has passed: " + bubble);
        assertEquals(before, browser.driver().findElements(By.cssSelector("#journal-grid td.journal-final")).get(0)
                .getText(), "nothing written");
    }

    @Test
    void theClassTeacherSetsAReasonInHerClassesWeekAndReadsTheClassJournal(Browser browser) {
        logIn(browser, ejournal, "klassruk", "demo");
        clickMenu(browser, "Посещаемость класса");
        browser.waitUntil("the attendance week with students",
                d -> !d.findElements(By.cssSelector("#attendance-grid .journal-student-name")).isEmpty());
        String page = browser.visibleText();
        assertTrue(page.contains("5А"), page);
        assertFalse(browser.driver().findElements(By.cssSelector("#attendance-grid th[data-c]")).isEmpty(),
                "lessons of the week as columns");
        // The class teacher sets a reason: a code typed over the recorded absence.
        String absence = (String) browser.script("const td = [...document.querySelectorAll('#attendance-grid td.journal-cell')]"
                + ".find(t => ['Н', 'Б', 'ОП'].includes(t.textContent.trim())); return td ? td.id : null;");
        assertNotNull(absence, "an absence recorded in the week");
        browser.driver().findElement(By.id(absence)).click();
        keys(browser, "уп", Keys.ENTER);
        waitSaved(browser, absence, "УП");
        browser.screenshot("JournalKeyboardE2EIT-class-attendance");

        // «Журнал класса»: the class's journal over its subjects, read-only.
        clickMenu(browser, "Журнал класса");
        browser.waitUntil("the class journal with students",
                d -> !d.findElements(By.cssSelector("#class-journal-view #journal-grid .journal-student-name")).isEmpty());
        assertEquals("false", browser.driver().findElement(By.cssSelector("#class-journal-view #journal-grid"))
                .getAttribute("data-editable"), "read-only");
        browser.screenshot("JournalKeyboardE2EIT-class-journal");
    }

    @Test
    void theTeacherFillsTheLessonPanelAndEverythingIsKeptAudited(Browser browser) throws Exception {
        logIn(browser, ejournal, "teacher", "demo");
        openJournal(browser, "5А · Математика");
        String stamp = Long.toString(System.currentTimeMillis() % 1_000_000);
        String topic = "Сложение дробей с разными знаменателями " + stamp;
        String homework = "№ 245, 247; повторить правило " + stamp;

        // The last lesson the teacher may write: its header opens the lesson panel.
        String col = (String) browser.script("""
                const ths = [...document.querySelectorAll('#journal-grid th[data-c]')].filter(th =>
                  document.querySelector('#journal-grid td.journal-cell[data-c="' + th.dataset.c + '"]:not(.ej-ro)'));
                return ths.length ? ths[ths.length - 1].dataset.c : null;""");
        assertNotNull(col, "a lesson the teacher may write in the current period");
        openLessonPanel(browser, "#journal-grid th[data-c=\"" + col + "\"]");
        type(browser, "#lesson-topic input", topic);
        type(browser, "#lesson-homework textarea", homework);
        browser.driver().findElement(By.id("lesson-save")).click();
        waitPanelMessage(browser, "Тема и домашнее задание сохранены.");
        long lessonId = lessonWithTopic(topic);

        // A test («Контрольная работа») with the weight of its type.
        browser.driver().findElement(By.id("lesson-work-type")).click();
        WebElement test = browser.waitUntil("«Контрольная работа» among the work types", d -> d
                .findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().trim().startsWith("Контрольная работа (")).findFirst().orElse(null));
        String weight = test.getText().trim().replaceAll(".*\\((\\d+)\\)$", "$1");
        browser.clickWhenReady("«Контрольная работа» chosen", d -> d.findElements(By.cssSelector("vaadin-select-item"))
                .stream().filter(e -> e.getText().trim().startsWith("Контрольная работа (")).findFirst().orElse(null));
        type(browser, "#lesson-work-title input", "Дроби " + stamp);
        browser.driver().findElement(By.id("lesson-work-add")).click();
        waitPanelMessage(browser, "Добавлена работа: Контрольная работа");
        long workId = single("SELECT id FROM work WHERE lesson_id = ? AND work_type = 'TEST' AND title = ?",
                lessonId, "Дроби " + stamp);
        assertEquals(Long.parseLong(weight), single("SELECT weight FROM work WHERE id = ?", workId),
                "the work has its type's weight");
        WebElement header = browser.waitUntil("the new work's column in the journal",
                d -> d.findElements(By.cssSelector("#journal-grid th[data-key=\"work-" + workId + "\"]")).stream()
                        .findFirst().orElse(null));
        assertEquals("к/р", browser.visibleText(header.findElement(By.cssSelector(".journal-column-work"))).trim());
        assertTrue(header.getAttribute("title").contains("Контрольная работа, вес " + weight), header.getAttribute("title"));

        // A file for the homework.
        Path file = Browser.outDir().resolve("Задание " + stamp + ".txt");
        String content = "Домашнее задание " + stamp + ": № 245, 247.\n";
        Files.writeString(file, content, StandardCharsets.UTF_8);
        String panel = browser.visibleText(browser.driver().findElement(By.id("lesson-panel")));
        assertTrue(panel.contains("Выбрать файл…") && !panel.contains("Upload"), "the upload speaks Russian: " + panel);
        browser.upload("lesson-upload", file);
        waitPanelMessage(browser, "Файл добавлен: " + file.getFileName());
        browser.screenshot("JournalKeyboardE2EIT-lesson-panel");

        // After a reload everything is there, and the file comes back as it went.
        browser.driver().navigate().refresh();
        browser.waitForVaadin();
        waitForTable(browser);
        openLessonPanel(browser, "#journal-grid th[data-key=\"work-" + workId + "\"]");
        assertEquals(topic, browser.driver().findElement(By.cssSelector("#lesson-topic input")).getAttribute("value"));
        assertEquals(homework, browser.driver().findElement(By.cssSelector("#lesson-homework textarea"))
                .getAttribute("value"));
        String works = browser.visibleText(browser.driver().findElement(By.id("lesson-works")));
        assertTrue(works.contains("Контрольная работа, вес " + weight + " «Дроби " + stamp + "»"), works);
        WebElement link = browser.waitFor(By.cssSelector("#lesson-files a.lesson-file"));
        assertTrue(link.getText().startsWith(file.getFileName().toString()), link.getText());
        @SuppressWarnings("unchecked")
        List<String> download = (List<String>) browser.script("return fetch(arguments[0].href)"
                + ".then(r => r.text().then(t => [String(r.status), r.headers.get('content-disposition') || '', t]));",
                link);
        assertEquals("200", download.get(0));
        assertEquals(content, download.get(2), "the downloaded file has the uploaded bytes");
        assertTrue(download.get(1).contains("attachment"), download.get(1));

        // The audit trail: who changed topic and homework, old and new value.
        List<String> rows = Database.rows(ejournal.dataSource(), "SELECT e.field, e.new_value, u.login FROM audit_event e"
                + " JOIN user_account u ON u.id = e.account_id WHERE e.entity = 'lesson' AND e.entity_id = ?"
                + " AND e.action = 'UPDATE' ORDER BY e.id", lessonId).stream()
                .map(r -> r[0] + "=" + r[1] + " by " + r[2]).toList();
        assertTrue(rows.contains("topic=" + topic + " by teacher"), rows.toString());
        assertTrue(rows.contains("homework=" + homework + " by teacher"), rows.toString());
    }

    // --- steps ---

    private static void openLessonPanel(Browser browser, String headerCss) {
        WebElement th = browser.waitFor(By.cssSelector(headerCss));
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", th);
        th.click();
        browser.waitForVaadin();
        browser.waitUntil("the lesson panel", d -> d.findElements(By.cssSelector("#lesson-panel #lesson-topic input"))
                .stream().anyMatch(WebElement::isDisplayed));
    }

    /** Replaces a field's text and leaves the field, so Vaadin has the value before the next click. */
    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        browser.waitForVaadin();
    }

    private static void waitPanelMessage(Browser browser, String text) {
        browser.waitUntil("«" + text + "» in the lesson panel", d -> {
            List<WebElement> m = d.findElements(By.id("lesson-message"));
            return !m.isEmpty() && m.get(0).getText().trim().equals(text);
        });
    }

    private static long lessonWithTopic(String topic) throws Exception {
        return single("SELECT id FROM lesson WHERE topic = ?", topic);
    }

    private static long single(String sql, Object... params) throws Exception {
        return Long.parseLong(Database.value(ejournal.dataSource(), sql, params));
    }

    private static Map.Entry<String, Long> firstGradeTeacher() throws Exception {
        String[] row = Database.row(ejournal.dataSource(), "SELECT u.login, ta.id FROM teaching_assignment ta"
                + " JOIN school_class k ON k.id = ta.class_id JOIN user_account u ON u.staff_id = ta.teacher_id"
                + " WHERE k.grade = 1 AND u.active ORDER BY ta.id LIMIT 1");
        return Map.entry(row[0], Long.parseLong(row[1]));
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String active(Browser browser) {
        return (String) browser.script("return document.activeElement && document.activeElement.id");
    }

    private static void waitSaved(Browser browser, String id, String text) {
        browser.waitUntil("cell " + id + " saved with «" + text + "»", d -> {
            WebElement td = d.findElement(By.id(id));
            return td.getAttribute("class").contains("ej-saved") && td.getText().trim().equals(text);
        });
    }

    private static void waitText(Browser browser, String id, String text) {
        browser.waitUntil("cell " + id + " showing «" + text + "»", d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().trim().equals(text);
        });
    }

    private static void waitForTable(Browser browser) {
        browser.waitUntil("the journal table with students",
                d -> !d.findElements(By.cssSelector("#journal-grid .journal-student-name")).isEmpty()
                        && !d.findElements(By.cssSelector("#journal-grid td.journal-cell[id]")).isEmpty());
    }

    private static void openJournal(Browser browser, String title) {
        clickMenu(browser, "Мои классы");
        WebElement link = browser.waitUntil("the link «" + title + "»", d -> d
                .findElements(By.cssSelector("a.journal-assignment-link")).stream()
                .filter(e -> e.getText().trim().equals(title)).findFirst().orElse(null));
        link.click();
        browser.waitForVaadin();
        waitForTable(browser);
    }
}

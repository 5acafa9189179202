package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * «Импорт» as a new school's deputy director uses it: an empty school (no staff, classes or students;
 * only its academic year and her login, made here in the database because creating a school is not a
 * UI feature yet), the sample file with broken rows → the dry run names each and «Применить» stays off
 * → «Очистить», the corrected sample → clean check → «Применить» → result counts, and the imported
 * students in «Ученики».
 */
@ExtendWith(BrowserExtension.class)
class ImportE2EIT {

    static final Path SAMPLES = Path.of(System.getProperty("ejournal.e2e.samples", "../../docs/samples"));

    private static EJournalUnderTest ejournal;

    @BeforeAll
    static void startProduct() throws Exception {
        ejournal = EJournalUnderTest.start();
        LocalDate today = LocalDate.now();
        int startYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        try (Connection c = ejournal.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (name, short_name, city) VALUES ('МБОУ «Новая школа»', 'Новая школа', 'Тверь')",
                    Statement.RETURN_GENERATED_KEYS);
            long school;
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                school = keys.getLong(1);
            }
            s.executeUpdate("INSERT INTO academic_year (school_id, name, start_date, end_date) VALUES (" + school + ", '"
                    + startYear + "/" + (startYear + 1) + "', '" + startYear + "-09-01', '" + (startYear + 1) + "-05-31')");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO user_account (school_id, login, password_hash)"
                    + " SELECT ?, 'new-zavuch', password_hash FROM user_account WHERE login = 'zavuch'",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, school);
                assertEquals(1, p.executeUpdate());
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    s.executeUpdate("INSERT INTO account_role (school_id, account_id, role) VALUES (" + school + ", "
                            + keys.getLong(1) + ", 'DEPUTY_DIRECTOR')");
                }
            }
        }
    }

    @AfterAll
    static void stopProduct() {
        if (ejournal != null) {
            ejournal.close();
        }
    }

    @Test
    void aNewSchoolImportsItsListsFromTheSampleFile(Browser browser) {
        logIn(browser, ejournal, "new-zavuch", "demo");
        clickMenu(browser, "Импорт");
        browser.waitForText("Импорт классов, учеников, сотрудников и нагрузки");
        assertTrue(browser.visibleText().contains("Выбрать файлы…"), "the upload speaks Russian");
        assertTrue(disabled(browser, "import-apply"), "nothing to apply yet");

        upload(browser, SAMPLES.resolve("import-sample-errors.xlsx"));
        browser.waitUntil("the dry run's problems", d -> browser.visibleText().contains("Найдено ошибок: 9"));
        String text = browser.visibleText();
        for (String expected : List.of("Неизвестный класс «7В»", "Повтор: та же запись уже есть в строке",
                "Неверная дата «31.02.2015»", "Не заполнено обязательное поле", "Неверный пол «X»", "152-ФЗ",
                "Неизвестный сотрудник «Сергеев Пётр Ильич»", "Неверное число часов «-2»", "Должность",
                "Часов в неделю")) {
            assertTrue(text.contains(expected), "the dry run shows «" + expected + "»:\n" + text);
        }
        assertTrue(disabled(browser, "import-apply"), "no apply with problems");
        browser.screenshot("ImportE2EIT-dry-run-problems");

        browser.clickAndWait(browser.driver().findElement(By.id("import-clear")));
        browser.waitForText("Файлы не выбраны.");
        upload(browser, SAMPLES.resolve("import-sample.xlsx"));
        browser.waitUntil("a clean dry run", d -> browser.visibleText().contains("Проверка пройдена"));
        assertTrue(browser.visibleText().contains("ученики — новых 12"), browser.visibleText());
        browser.waitUntil("«Применить» enabled", d -> !disabled(browser, "import-apply"));
        browser.clickAndWait(browser.driver().findElement(By.id("import-apply")));
        browser.waitUntil("the import's result", d -> browser.visibleText().contains("Импорт выполнен"));
        String result = browser.visibleText();
        assertTrue(result.contains("сотрудники — новых 7") && result.contains("классы — новых 3")
                && result.contains("ученики — новых 12") && result.contains("нагрузка — новых 10"), result);
        browser.screenshot("ImportE2EIT-applied");

        clickMenu(browser, "Ученики");
        browser.waitUntil("the imported 1А in «Ученики»", d -> browser.visibleText().contains("Абрамов Пётр Игоревич"));
        assertTrue(browser.visibleText().contains("Орлова Алиса Дмитриевна"), browser.visibleText());
    }

    @Test
    void aClassTeacherHasNoImportMenu(Browser browser) {
        logIn(browser, ejournal, "klassruk", "demo");
        assertTrue(!browser.visibleText().contains("Импорт"), browser.visibleText());
    }

    private static void upload(Browser browser, Path file) {
        browser.upload("import-upload", file);
    }

    private static boolean disabled(Browser browser, String id) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).hasAttribute('disabled')", id));
    }
}

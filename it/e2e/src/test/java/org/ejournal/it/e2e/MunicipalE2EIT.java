package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.ejournal.it.e2e.Flows.menuItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The municipal specialist (demo login {@code ruo}) in a real browser against the demo school plus a second,
 * empty school made in the database (creating a school is no UI feature): «Школы» lists both; opening the
 * second puts its name into the header (and a VIEW row into its audit); back to the demo school, «Журнал
 * класса» shows a read-only journal with students; the teacher's journal of an assignment and «Пользователи и
 * доступ» opened by URL are refused with «Нет доступа»; the menu offers no editing view. The director gets no
 * «Школы» (menu or URL).
 */
@ExtendWith(BrowserExtension.class)
class MunicipalE2EIT {

    private static EJournalUnderTest ejournal;
    private static long demoSchool;
    private static String demoShortName;
    private static long gymnasium;

    @BeforeAll
    static void startProduct() throws Exception {
        ejournal = EJournalUnderTest.start();
        try (Connection c = ejournal.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT s.id, s.short_name FROM school s JOIN user_account u"
                    + " ON u.school_id = s.id WHERE u.login = 'ruo'")) {
                assertTrue(r.next(), "the demo has the municipal login ruo");
                demoSchool = r.getLong(1);
                demoShortName = r.getString(2);
            }
            s.executeUpdate("INSERT INTO school (name, short_name, city) VALUES ('МАОУ «Гимназия № 1»',"
                    + " 'Гимназия № 1', 'Тверь')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                gymnasium = keys.getLong(1);
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
    void ruoChoosesASchoolReadsTheClassJournalAndIsRefusedEditingRoutes(Browser browser) throws Exception {
        logIn(browser, ejournal, "ruo", "demo");
        String start = browser.visibleText();
        assertTrue(start.contains("Специалист управления образования"), start);
        assertTrue(start.contains("только на чтение"), start);
        assertTrue(start.contains("Кузнецова Анна Сергеевна"), "the header names the specialist: " + start);
        List<String> menu = menu(browser);
        assertTrue(menu.containsAll(List.of("Школы", "Журнал класса", "Отчёты")), menu.toString());
        for (String editing : List.of("Мои классы", "Журнал", "Посещаемость класса", "Пользователи и доступ",
                "Ученики", "Импорт", "Итоговые отметки", "Настройки журнала", "Движение учащихся", "Расписание отчётов",
                "Архив отчётов", "Доступ к персональным данным", "Логины класса")) {
            assertFalse(menu.contains(editing), "no «" + editing + "» for the municipal specialist: " + menu);
        }

        // «Школы»: every school of the installation; open the gymnasium
        clickMenu(browser, "Школы");
        browser.waitUntil("the school list", d -> !d.findElements(By.cssSelector("#schools-list .school-row")).isEmpty());
        String schools = browser.visibleText();
        assertTrue(schools.contains("МАОУ «Гимназия № 1»"), schools);
        assertTrue(schools.contains("Сейчас открыта: " + demoShortName), schools);
        browser.screenshot("MunicipalE2EIT-schools");
        browser.clickAndWait(browser.waitFor(By.id("school-open-" + gymnasium)));
        browser.waitUntil("the gymnasium in the header", d -> d.findElements(By.cssSelector(".ejournal-school")).stream()
                .anyMatch(e -> browser.visibleText(e).contains("Гимназия № 1")));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event a JOIN user_account u ON u.id = a.account_id"
                + " WHERE u.login = 'ruo' AND a.school_id = " + gymnasium + " AND a.entity = 'school'"
                + " AND a.action = 'VIEW'"), "the view is recorded in the gymnasium's audit");

        // back to the demo school
        clickMenu(browser, "Школы");
        browser.clickAndWait(browser.waitFor(By.id("school-open-" + demoSchool)));
        browser.waitUntil("the demo school in the header", d -> d.findElements(By.cssSelector(".ejournal-school"))
                .stream().anyMatch(e -> browser.visibleText(e).contains(demoShortName)));

        // «Журнал класса»: a class's journal, read-only
        clickMenu(browser, "Журнал класса");
        browser.waitUntil("the class journal with students",
                d -> !d.findElements(By.cssSelector("#class-journal-view #journal-grid .journal-student-name")).isEmpty());
        assertEquals("false", browser.driver().findElement(By.cssSelector("#class-journal-view #journal-grid"))
                .getAttribute("data-editable"), "read-only");
        browser.screenshot("MunicipalE2EIT-class-journal");

        // editing routes typed into the address bar: refused
        long assignment = count("SELECT MIN(ta.id) FROM teaching_assignment ta WHERE ta.school_id = " + demoSchool);
        for (String route : List.of("journal/" + assignment, "accounts")) {
            browser.open(ejournal.url(route));
            browser.waitForVaadin();
            browser.waitUntil("«Нет доступа» for /" + route, d -> browser.visibleText().contains("Нет доступа")
                    || !d.getCurrentUrl().endsWith(route));
            browser.waitForVaadin();
            assertTrue(browser.driver().findElements(By.cssSelector(".journal-student-name")).isEmpty(),
                    "no journal rows on /" + route);
            assertTrue(browser.driver().findElements(By.id("accounts-grid")).isEmpty(), "no accounts on /" + route);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event a JOIN user_account u ON u.id = a.account_id"
                + " WHERE u.login = 'ruo' AND a.entity <> 'school'"), "the municipal specialist changed nothing");

        // the director of the school may not choose schools: «Школы» by URL is refused, no menu item
        browser.clickAndWait(browser.waitFor(By.id("logout")));
        browser.waitUntil("the login page", d -> d.getCurrentUrl().contains("/login"));
        logIn(browser, ejournal, "director", "demo");
        assertFalse(menu(browser).contains("Школы"), menu(browser).toString());
        browser.open(ejournal.url("schools"));
        browser.waitForVaadin();
        browser.waitUntil("«Нет доступа» for /schools", d -> browser.visibleText().contains("Нет доступа")
                || !d.getCurrentUrl().endsWith("schools"));
        browser.waitForVaadin();
        assertTrue(browser.driver().findElements(By.cssSelector("#schools-list .school-row")).isEmpty(),
                "no school list for the director");
    }

    // ------------------------------------------------------------------ helpers

    private static long count(String sql) throws Exception {
        return Long.parseLong(Database.value(ejournal.dataSource(), sql));
    }

    private static List<String> menu(Browser browser) {
        browser.waitFor(By.cssSelector("vaadin-side-nav-item"));
        return menuItems(browser);
    }
}

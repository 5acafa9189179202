package org.ejournal.finalmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.finalmark.EntryWindow;
import org.ejournal.api.finalmark.FinalMarkConflictException;
import org.ejournal.api.finalmark.FinalMarkRow;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.finalmark.FinalMarkSuggestion.Basis;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Final marks of 5А mathematics (assignment 51) in the two-schools fixture, I quarter (period 11:
 * 01.09–26.10, deadline 29.10, last lesson 05.10), on real MariaDB with the real access policy.
 *
 * <p>Hand-computed facts: Абрамова one «5» (weight 1); Белов «4/5» on the test (weight 2) → 4.50 from two
 * marks; Ёлкин one «3»; Жуков one «4»; Егоров no marks and (with the absences added here) 4 of 5 lessons
 * missed. Яковлева (left 01.10) and Громов (transferred 10.10) are not on the period's final roster.
 */
@EJournalDatabase
class FinalMarksOnMariaDbTest {

    static final long MATH_5A = 51;
    static final long QUARTER_1 = 11;
    static final long QUARTER_2 = 12;
    static final String ADDRESS = "10.0.0.7";

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;

    @BeforeAll
    static void loadFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        db = dataSource;
        // Егоров (304) misses three more lessons of the quarter: Б on 05.10 plus these → 4 of 5.
        sql("INSERT INTO attendance (school_id, lesson_id, student_id, code) VALUES"
                + " (1, 601, 304, 'Н'), (1, 605, 304, 'Б'), (1, 602, 304, 'УП')");
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @AfterEach
    void cleanUp() throws SQLException {
        sql("DELETE FROM final_mark");
        sql("DELETE FROM audit_event");
        sql("DELETE FROM school_setting");
        sql("UPDATE study_period SET locked_at = NULL");
    }

    static void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    static StoreFinalMarkService on(int year, int month, int day) {
        Clock clock = Clock.fixed(LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        return new StoreFinalMarkService(store, new DefaultAccessPolicy(store), DefaultFinalMarkPolicy::new, clock);
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static Map<String, FinalMarkRow> byName(FinalMarkSheet sheet) {
        return sheet.rows().stream().collect(Collectors.toMap(r -> r.student().name().lastName(), Function.identity()));
    }

    static List<String> audit(String field) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.action, a.old_value, a.new_value, a.address, u.login, a.student_id,"
                     + " a.entity_id > 0 FROM audit_event a JOIN user_account u ON u.id = a.account_id"
                     + " WHERE a.entity = 'final_mark' AND a.field = '" + field + "' ORDER BY a.id")) {
            while (rs.next()) {
                result.add(rs.getString(1) + " " + rs.getString(2) + "→" + rs.getString(3) + " by " + rs.getString(5)
                        + " from " + rs.getString(4) + " student " + rs.getLong(6) + (rs.getBoolean(7) ? "" : " NO ID"));
            }
        }
        return result;
    }

    @Test
    void sheetOfTheFirstQuarterWithDefaultPolicy() {
        FinalMarkSheet sheet = on(2026, 10, 20).sheet(actor("teacher"), MATH_5A, QUARTER_1);

        assertEquals("I четверть", sheet.periodName());
        assertEquals(new EntryWindow(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 29), EntryWindow.State.OPEN),
                sheet.window());
        assertEquals(List.of("Абрамова", "Белов", "Егоров", "Ёлкин", "Жуков"),
                sheet.rows().stream().map(r -> r.student().name().lastName()).toList(), "final roster, Russian order");
        Map<String, FinalMarkRow> rows = byName(sheet);
        assertEquals(4.5, rows.get("Белов").average());
        assertEquals(2, rows.get("Белов").numericMarks(), "a double mark counts twice");
        assertEquals(5, rows.get("Белов").lessons());
        assertEquals(1, rows.get("Белов").missedLessons());
        assertEquals(0, rows.get("Абрамова").missedLessons(), "late (ОП) is not a missed lesson");
        assertEquals(4, rows.get("Егоров").missedLessons());
        assertEquals(Basis.TOO_MANY_MISSED, rows.get("Егоров").suggestion().basis());
        assertEquals("н/а", rows.get("Белов").suggestion().value(), "two marks are fewer than three");
        assertEquals(Basis.TOO_FEW_MARKS, rows.get("Белов").suggestion().basis());
        assertTrue(sheet.mayWrite());
        assertFalse(sheet.mayOverride());
    }

    @Test
    void schoolSettingsChangeTheSuggestions() throws SQLException {
        sql("INSERT INTO school_setting (school_id, name, value) VALUES (1, 'finalmark.minMarks', '1')");
        Map<String, FinalMarkRow> rows = byName(on(2026, 10, 20).sheet(actor("teacher"), MATH_5A, QUARTER_1));
        assertEquals("5", rows.get("Абрамова").suggestion().value());
        assertEquals("5", rows.get("Белов").suggestion().value(), "4.50 rounds up");
        assertEquals("3", rows.get("Ёлкин").suggestion().value());
        assertEquals("4", rows.get("Жуков").suggestion().value());
        assertEquals("н/а", rows.get("Егоров").suggestion().value());

        sql("INSERT INTO school_setting (school_id, name, value) VALUES (1, 'finalmark.threshold.5', '4.60')");
        rows = byName(on(2026, 10, 20).sheet(actor("teacher"), MATH_5A, QUARTER_1));
        assertEquals("4", rows.get("Белов").suggestion().value(), "4.50 is below the school's 4.60");
    }

    @Test
    void teacherEntersChangesAndRemovesAFinalMarkEachAudited() throws SQLException {
        StoreFinalMarkService service = on(2026, 10, 20);
        Actor teacher = actor("teacher");
        FinalMarkRow entered = service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 302, "5", 0);
        assertEquals("5", entered.value());
        FinalMarkRow changed = service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 302, "4", entered.version());
        assertEquals("4", changed.value());
        assertEquals("4", byName(service.sheet(actor("zavuch"), MATH_5A, QUARTER_1)).get("Белов").value(),
                "the deputy director reads what the teacher entered");
        FinalMarkRow removed = service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 302, null, changed.version());
        assertNull(removed.value());

        assertEquals(List.of("INSERT null→5 by teacher from 10.0.0.7 student 302",
                "UPDATE 5→4 by teacher from 10.0.0.7 student 302",
                "DELETE 4→null by teacher from 10.0.0.7 student 302"), audit("value"));
    }

    @Test
    void theSecondOfTwoSimultaneousEntriesSeesTheConflictAndNothingIsLost() {
        StoreFinalMarkService service = on(2026, 10, 20);
        Actor teacher = actor("teacher");
        // Two open sheets, both read before either saved (version 0).
        service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 303, "3", 0);
        FinalMarkConflictException conflict = assertThrows(FinalMarkConflictException.class,
                () -> service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 303, "4", 0));
        assertEquals("3", conflict.currentValue());
        assertEquals("3", byName(service.sheet(teacher, MATH_5A, QUARTER_1)).get("Ёлкин").value());

        FinalMarkRow current = byName(service.sheet(teacher, MATH_5A, QUARTER_1)).get("Ёлкин");
        service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 303, "4", current.version());
        assertThrows(FinalMarkConflictException.class,
                () -> service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 303, "5", current.version()),
                "a stale version after a change");
        assertEquals("4", byName(service.sheet(teacher, MATH_5A, QUARTER_1)).get("Ёлкин").value());
    }

    static String key(Runnable action) {
        return assertThrows(EJournalException.class, action::run).messageKey();
    }

    @Test
    void entryOnlyFromTheLastLessonToTheDeadline() throws SQLException {
        Actor teacher = actor("teacher");
        ValidationException early = assertThrows(ValidationException.class,
                () -> on(2026, 10, 4).set(teacher, ADDRESS, MATH_5A, QUARTER_1, 301, "5", 0));
        assertEquals("finalmark.error.notYetOpen", early.messageKey());
        assertEquals(LocalDate.of(2026, 10, 5), early.arguments()[0]);
        on(2026, 10, 5).set(teacher, ADDRESS, MATH_5A, QUARTER_1, 301, "5", 0);
        on(2026, 10, 29).set(teacher, ADDRESS, MATH_5A, QUARTER_1, 305, "4", 0);
        assertEquals("finalmark.error.closed",
                key(() -> on(2026, 10, 30).set(teacher, ADDRESS, MATH_5A, QUARTER_1, 303, "3", 0)));
        assertEquals(EntryWindow.State.CLOSED, on(2026, 10, 30).sheet(teacher, MATH_5A, QUARTER_1).window().state());
        assertEquals(2, audit("value").size(), "refused entries leave nothing");

        sql("UPDATE study_period SET locked_at = NOW() WHERE id = 11");
        assertEquals("finalmark.error.closed",
                key(() -> on(2026, 10, 20).set(teacher, ADDRESS, MATH_5A, QUARTER_1, 303, "3", 0)),
                "a locked period is closed before its deadline too");
    }

    @Test
    void afterTheDeadlineOnlyTheAdministrationOverridesAndMustGiveAReason() throws SQLException {
        StoreFinalMarkService late = on(2026, 11, 2);
        on(2026, 10, 20).set(actor("teacher"), ADDRESS, MATH_5A, QUARTER_1, 305, "3", 0);
        Actor zavuch = actor("zavuch");
        FinalMarkSheet sheet = late.sheet(zavuch, MATH_5A, QUARTER_1);
        assertTrue(sheet.mayOverride());
        assertFalse(sheet.mayWrite());
        int version = byName(sheet).get("Жуков").version();

        assertEquals("finalmark.error.reasonRequired",
                key(() -> late.override(zavuch, ADDRESS, MATH_5A, QUARTER_1, 305, "4", "  ", version)));
        assertThrows(AccessDeniedException.class,
                () -> late.override(actor("teacher"), ADDRESS, MATH_5A, QUARTER_1, 305, "4", "ошибка", version));
        assertThrows(AccessDeniedException.class,
                () -> late.set(zavuch, ADDRESS, MATH_5A, QUARTER_1, 305, "4", version),
                "the deputy director does not enter marks as a teacher");

        FinalMarkRow overridden = late.override(zavuch, ADDRESS, MATH_5A, QUARTER_1, 305, "4",
                "Приказ № 12 от 01.11: пересдача", version);
        assertEquals("4", overridden.value());
        assertEquals("Приказ № 12 от 01.11: пересдача", overridden.overrideReason());
        assertEquals(List.of("INSERT null→3 by teacher from 10.0.0.7 student 305",
                "UPDATE 3→4 by zavuch from 10.0.0.7 student 305"), audit("value"));
        assertEquals(List.of("UPDATE null→Приказ № 12 от 01.11: пересдача by zavuch from 10.0.0.7 student 305"),
                audit("override_reason"));
    }

    @Test
    void badValuesAndStudentsOffTheRosterAreRefused() throws SQLException {
        StoreFinalMarkService service = on(2026, 10, 20);
        Actor teacher = actor("teacher");
        ValidationException bad = assertThrows(ValidationException.class,
                () -> service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 301, "6", 0));
        assertEquals("finalmark.error.value", bad.messageKey());
        assertEquals("6", bad.arguments()[0]);
        assertEquals("finalmark.error.notOnRoster",
                key(() -> service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 306, "5", 0)), "Яковлева left on 01.10");
        assertEquals("н/а", service.set(teacher, ADDRESS, MATH_5A, QUARTER_1, 304, "Н/А", 0).value(),
                "case does not matter");
        assertEquals(1, audit("value").size());
    }

    @Test
    void onlyTheAssignmentsTeacherWrites() {
        StoreFinalMarkService service = on(2026, 10, 20);
        assertThrows(AccessDeniedException.class,
                () -> service.set(actor("klassruk"), ADDRESS, MATH_5A, QUARTER_1, 301, "5", 0),
                "the class teacher teaches Russian, not mathematics");
        assertThrows(AccessDeniedException.class,
                () -> service.sheet(actor("gym-teacher"), MATH_5A, QUARTER_1), "another school");
        assertThrows(AccessDeniedException.class, () -> service.sheet(actor("parent"), MATH_5A, QUARTER_1));
        assertFalse(service.sheet(actor("klassruk"), MATH_5A, QUARTER_1).mayWrite(),
                "the class teacher reads the sheet of her class but does not write it");
    }

    @Test
    void eachSeesTheAssignmentsOfAClassTheyMayRead() {
        StoreFinalMarkService service = on(2026, 10, 20);
        assertEquals(List.of("Математика"), service.assignments(actor("teacher"), 21).stream()
                .map(a -> a.subjectName()).toList(), "the mathematics teacher: her own");
        assertEquals(List.of("Математика", "Русский язык"), service.assignments(actor("klassruk"), 21).stream()
                .map(a -> a.subjectName()).toList(), "the class teacher: all of her class");
        assertEquals(List.of("Математика", "Русский язык"), service.assignments(actor("zavuch"), 21).stream()
                .map(a -> a.subjectName()).toList());
        assertEquals(List.of(), service.assignments(actor("gym-director"), 21), "another school's class");
        assertEquals(List.of(), service.assignments(actor("parent"), 21));
    }

    @Test
    void yearMarksAreSuggestedFromTheQuartersAndOpenAfterTheLastLessonOfTheYear() throws SQLException {
        Actor teacher = actor("teacher");
        on(2026, 10, 20).set(teacher, ADDRESS, MATH_5A, QUARTER_1, 303, "4", 0);
        sql("INSERT INTO final_mark (school_id, student_id, assignment_id, study_period_id, value) VALUES"
                + " (1, 303, 51, 12, '5'), (1, 303, 51, 13, '4'), (1, 303, 51, 14, '5')");

        FinalMarkSheet before = on(2026, 11, 9).yearSheet(teacher, MATH_5A);
        assertEquals(EntryWindow.State.NOT_YET_OPEN, before.window().state(), "the last lesson is on 10.11");
        assertEquals(0, before.periodId(), "no year period until the first year mark");
        FinalMarkRow yolkin = byName(before).get("Ёлкин");
        assertEquals("5", yolkin.suggestion().value(), "(4+5+4+5)/4 = 4.50");
        assertEquals(Basis.PERIOD_MARKS, yolkin.suggestion().basis());

        StoreFinalMarkService december = on(2026, 12, 1);
        FinalMarkRow year = december.set(teacher, ADDRESS, MATH_5A, 0, 303, "5", 0);
        assertEquals("5", year.value());
        FinalMarkSheet after = december.yearSheet(teacher, MATH_5A);
        assertTrue(after.periodId() > 0, "the year period now exists");
        assertEquals("5", byName(after).get("Ёлкин").value());
        assertEquals(4, december.periods(teacher, MATH_5A).size(), "the year is not one of the quarters");
    }
}

package org.ejournal.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.school.AcademicYearInfo;
import org.ejournal.api.school.HolidayInfo;
import org.ejournal.api.school.HolidayKind;
import org.ejournal.api.school.PeriodEdit;
import org.ejournal.api.school.PeriodScheme;
import org.ejournal.api.school.SchoolYearService;
import org.ejournal.api.school.StudyPeriodInfo;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.ejournal.testsupport.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Years, periods, holidays and locks on real MariaDB (two-schools fixture: school 1 has 2025/2026 and
 * 2026/2027 with quarters and half-years). Every refusal is checked to leave the tables as they were.
 * Tests that create years use dates of their own so they do not meet.
 */
@EJournalDatabase
class SchoolYearOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreSchoolYearService years;

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        years = new StoreSchoolYearService(store, new DefaultAccessPolicy(store),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static int count(String sql, Object... args) throws SQLException {
        return Sql.count(db, sql, args);
    }

    /** Asserts the refusal's key and that the given table did not change in size. */
    static void refused(String key, String table, Executable call) throws SQLException {
        int before = count("SELECT COUNT(*) FROM " + table);
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(before, count("SELECT COUNT(*) FROM " + table), "nothing written to " + table);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aYearIsCreatedWithValidDatesAndRefusedWhenItOverlapsOrRepeatsAName() throws SQLException {
        Actor zavuch = actor("zavuch");
        AcademicYearInfo created = years.createYear(zavuch, " 2030/2031 ", d("2030-09-01"), d("2031-05-31"));
        assertEquals("2030/2031", created.name());
        assertEquals(created, years.years(zavuch).get(0), "latest first");

        refused(SchoolYearService.NAME_REQUIRED, "academic_year",
                () -> years.createYear(zavuch, "  ", d("2032-09-01"), d("2033-05-31")));
        refused(SchoolYearService.DATES_INVALID, "academic_year",
                () -> years.createYear(zavuch, "2032/2033", d("2033-05-31"), d("2032-09-01")));
        refused(SchoolYearService.DATES_INVALID, "academic_year",
                () -> years.createYear(zavuch, "2032/2033", d("2032-09-01"), null));
        ValidationException overlap = assertThrows(ValidationException.class,
                () -> years.createYear(zavuch, "2026/2027-bis", d("2027-05-01"), d("2028-05-31")));
        assertEquals(SchoolYearService.YEAR_OVERLAP, overlap.messageKey());
        assertEquals("2026/2027", overlap.arguments()[0]);
        refused(SchoolYearService.YEAR_NAME_TAKEN, "academic_year",
                () -> years.createYear(zavuch, "2030/2031", d("2034-09-01"), d("2035-05-31")));
        // The other school's years do not count: the same dates are free for school 2 (and vice versa).
        assertEquals(1, count("SELECT COUNT(*) FROM academic_year WHERE name = '2030/2031'"));
    }

    @Test
    void periodsAreInsideTheYearOrderedWithoutOverlapAndWithADeadlineAfterTheEnd() throws SQLException {
        Actor zavuch = actor("zavuch");
        long year = years.createYear(zavuch, "2040/2041", d("2040-09-01"), d("2041-05-31")).id();
        StudyPeriodInfo first = years.addPeriod(zavuch, year, PeriodScheme.TRIMESTERS,
                new PeriodEdit("I триместр", d("2040-09-02"), d("2040-11-30"), d("2040-12-03")));
        assertEquals(1, first.ordinal());
        StudyPeriodInfo second = years.addPeriod(zavuch, year, PeriodScheme.TRIMESTERS,
                new PeriodEdit("II триместр", d("2040-12-01"), d("2041-02-28"), d("2041-02-28")));
        assertEquals(2, second.ordinal(), "deadline on the last day is allowed");
        String periods = "study_period";

        refused(SchoolYearService.OUTSIDE_YEAR, periods, () -> years.addPeriod(zavuch, year, PeriodScheme.TRIMESTERS,
                new PeriodEdit("III триместр", d("2041-03-01"), d("2041-06-15"), d("2041-06-20"))));
        refused(SchoolYearService.PERIOD_OVERLAP, periods, () -> years.addPeriod(zavuch, year, PeriodScheme.TRIMESTERS,
                new PeriodEdit("III триместр", d("2041-02-20"), d("2041-05-25"), d("2041-05-28"))));
        refused(SchoolYearService.PERIOD_ORDER, periods, () -> years.addPeriod(zavuch, year, PeriodScheme.TRIMESTERS,
                new PeriodEdit("Лишний", d("2040-09-01"), d("2040-09-01"), d("2040-09-02"))));
        refused(SchoolYearService.DEADLINE_BEFORE_END, periods, () -> years.addPeriod(zavuch, year,
                PeriodScheme.TRIMESTERS, new PeriodEdit("III триместр", d("2041-03-01"), d("2041-05-25"), d("2041-05-24"))));
        refused(SchoolYearService.DEADLINE_BEFORE_END, periods, () -> years.addPeriod(zavuch, year,
                PeriodScheme.TRIMESTERS, new PeriodEdit("III триместр", d("2041-03-01"), d("2041-05-25"), null)));
        refused(SchoolYearService.DATES_INVALID, periods, () -> years.addPeriod(zavuch, year,
                PeriodScheme.TRIMESTERS, new PeriodEdit("III триместр", d("2041-05-25"), d("2041-03-01"), d("2041-05-28"))));
        refused(SchoolYearService.NAME_REQUIRED, periods, () -> years.addPeriod(zavuch, year,
                PeriodScheme.TRIMESTERS, new PeriodEdit(" ", d("2041-03-01"), d("2041-05-25"), d("2041-05-28"))));
        refused(SchoolYearService.KIND_REQUIRED, periods, () -> years.addPeriod(zavuch, year, null,
                new PeriodEdit("III триместр", d("2041-03-01"), d("2041-05-25"), d("2041-05-28"))));
        // Another scheme of the same year is independent: half-years may cover the trimesters' dates.
        years.addPeriod(zavuch, year, PeriodScheme.HALF_YEARS,
                new PeriodEdit("I полугодие", d("2040-09-01"), d("2040-12-28"), d("2040-12-30")));

        // Moving the second trimester before the first breaks the order; into it, overlaps.
        refused(SchoolYearService.PERIOD_ORDER, periods, () -> years.updatePeriod(zavuch, second.id(),
                new PeriodEdit("II триместр", d("2040-09-01"), d("2040-09-01"), d("2040-09-05"))));
        refused(SchoolYearService.PERIOD_OVERLAP, periods, () -> years.updatePeriod(zavuch, second.id(),
                new PeriodEdit("II триместр", d("2040-11-15"), d("2041-02-28"), d("2041-03-03"))));
        StudyPeriodInfo moved = years.updatePeriod(zavuch, second.id(),
                new PeriodEdit("II триместр", d("2040-12-02"), d("2041-02-27"), d("2041-03-03")));
        assertEquals(d("2041-03-03"), moved.finalMarkDeadline());

        List<StudyPeriodInfo> all = years.periods(zavuch, year);
        assertEquals(List.of("I триместр", "II триместр", "I полугодие"), all.stream().map(StudyPeriodInfo::name).toList());
    }

    @Test
    void theYearCannotShrinkAwayFromItsPeriodsAndHolidays() throws SQLException {
        Actor zavuch = actor("zavuch");
        long year = years.createYear(zavuch, "2050/2051", d("2050-09-01"), d("2051-05-31")).id();
        years.addPeriod(zavuch, year, PeriodScheme.QUARTERS,
                new PeriodEdit("I четверть", d("2050-09-01"), d("2050-10-26"), d("2050-10-29")));
        years.addHoliday(zavuch, year, HolidayKind.VACATION, "Летние", d("2051-05-25"), d("2051-05-31"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> years.updateYear(zavuch, year, "2050/2051", d("2050-09-02"), d("2051-05-31")));
        assertEquals(SchoolYearService.YEAR_CONTENT_OUTSIDE, e.messageKey());
        assertEquals("I четверть", e.arguments()[0]);
        e = assertThrows(ValidationException.class,
                () -> years.updateYear(zavuch, year, "2050-51", d("2050-09-01"), d("2051-05-30")));
        assertEquals("Летние", e.arguments()[0]);
        assertEquals(1, count("SELECT COUNT(*) FROM academic_year WHERE id = ? AND name = '2050/2051'"
                + " AND end_date = '2051-05-31'", year), "nothing half-written");
        AcademicYearInfo renamed = years.updateYear(zavuch, year, "2050–2051", d("2050-08-31"), d("2051-06-01"));
        assertEquals("2050–2051", renamed.name());
    }

    @Test
    void lockingAPeriodIsRecordedAuditedAndBlocksItsChange() throws SQLException {
        Actor zavuch = actor("zavuch");
        // I quarter of 2025/2026 (17).
        StudyPeriodInfo locked = years.lockPeriod(zavuch, 17);
        assertTrue(locked.locked());
        assertEquals(1, count("SELECT COUNT(*) FROM study_period WHERE id = 17 AND locked_by = 3"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'study_period' AND entity_id = 17"
                + " AND field = 'locked_at' AND old_value IS NULL AND account_id = 3"));
        refused(SchoolYearService.PERIOD_LOCKED, "audit_event", () -> years.lockPeriod(zavuch, 17));
        ValidationException e = assertThrows(ValidationException.class, () -> years.updatePeriod(zavuch, 17,
                new PeriodEdit("I четверть", d("2025-09-01"), d("2025-10-27"), d("2025-10-29"))));
        assertEquals(SchoolYearService.PERIOD_LOCKED, e.messageKey());
        assertEquals(1, count("SELECT COUNT(*) FROM study_period WHERE id = 17 AND end_date = '2025-10-26'"));

        StudyPeriodInfo unlocked = years.unlockPeriod(actor("director"), 17);
        assertFalse(unlocked.locked());
        assertNull(unlocked.lockedAt());
        assertEquals(1, count("SELECT COUNT(*) FROM study_period WHERE id = 17 AND locked_at IS NULL AND locked_by IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'study_period' AND entity_id = 17"
                + " AND new_value IS NULL AND account_id = 2"));
        refused(SchoolYearService.PERIOD_NOT_LOCKED, "audit_event", () -> years.unlockPeriod(zavuch, 17));
    }

    @Test
    void holidaysLieInsideTheYearAndTheirRemovalIsAudited() throws SQLException {
        Actor zavuch = actor("zavuch");
        HolidayInfo autumn = years.addHoliday(zavuch, 1, HolidayKind.VACATION, "Осенние каникулы", d("2026-10-27"),
                d("2026-11-04"));
        HolidayInfo day = years.addHoliday(zavuch, 1, HolidayKind.HOLIDAY, "День народного единства", d("2026-11-04"),
                d("2026-11-04"));
        assertEquals(List.of(autumn, day), years.holidays(zavuch, 1));
        refused(SchoolYearService.OUTSIDE_YEAR, "holiday", () -> years.addHoliday(zavuch, 1, HolidayKind.VACATION,
                "Летние каникулы", d("2027-05-26"), d("2027-08-31")));
        refused(SchoolYearService.DATES_INVALID, "holiday", () -> years.addHoliday(zavuch, 1, HolidayKind.VACATION,
                "Зимние каникулы", d("2027-01-11"), d("2026-12-29")));
        refused(SchoolYearService.NAME_REQUIRED, "holiday", () -> years.addHoliday(zavuch, 1, HolidayKind.VACATION,
                "", d("2026-12-29"), d("2027-01-11")));
        refused(SchoolYearService.KIND_REQUIRED, "holiday", () -> years.addHoliday(zavuch, 1, null,
                "Зимние каникулы", d("2026-12-29"), d("2027-01-11")));

        years.removeHoliday(zavuch, day.id());
        assertEquals(List.of(autumn), years.holidays(zavuch, 1));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'holiday' AND entity_id = ?"
                + " AND action = 'DELETE' AND old_value LIKE 'HOLIDAY День народного единства 2026-11-04%'", day.id()));
    }

    @Test
    void onlyTheAdministrationOfTheSchoolSetsUpTheYear() throws SQLException {
        for (String login : List.of("admin", "teacher", "klassruk", "parent", "student")) {
            Actor someone = actor(login);
            assertThrows(AccessDeniedException.class, () -> years.years(someone), login);
            assertThrows(AccessDeniedException.class,
                    () -> years.createYear(someone, "2060/2061", d("2060-09-01"), d("2061-05-31")), login);
            assertThrows(AccessDeniedException.class, () -> years.lockPeriod(someone, 11), login);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM academic_year WHERE name = '2060/2061'"));
        assertEquals(0, count("SELECT COUNT(*) FROM study_period WHERE id = 11 AND locked_at IS NOT NULL"));
        // The other school's director manages her own school only: school 1's objects are not found.
        Actor gymDirector = actor("gym-director");
        assertThrows(NotFoundException.class, () -> years.periods(gymDirector, 1));
        assertThrows(NotFoundException.class, () -> years.lockPeriod(gymDirector, 11));
        assertThrows(NotFoundException.class, () -> years.updateYear(gymDirector, 1, "x", d("2026-09-01"), d("2027-05-31")));
        assertEquals(List.of("2026/2027"), years.years(gymDirector).stream().map(AcademicYearInfo::name).toList());
        assertNotNull(years.years(actor("director")));
    }
}

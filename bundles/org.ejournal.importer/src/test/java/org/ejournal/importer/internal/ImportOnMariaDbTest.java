package org.ejournal.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.ejournal.api.imports.ImportCount;
import org.ejournal.api.imports.ImportFile;
import org.ejournal.api.imports.ImportKind;
import org.ejournal.api.imports.ImportProblem;
import org.ejournal.api.imports.ImportReport;
import org.ejournal.api.imports.ImportService;
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

/**
 * The import on real MariaDB. Most tests import into an empty school of their own (ids 10, 11, …, each
 * with the 2026/2027 year and a deputy director's account), so they do not depend on each other; the
 * matching and consent tests use school 1 of the two-schools fixture.
 */
@EJournalDatabase
class ImportOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String[] TABLES = {"staff", "school_class", "student", "enrollment", "parent", "student_parent",
        "consent", "subject", "teaching_assignment", "audit_event"};

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreImportService importer;
    static Properties russian;
    static Properties english;

    @BeforeAll
    static void setUp(DataSource dataSource) throws IOException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        importer = service(TODAY);
        russian = messages("l10n/messages.properties");
        english = messages("l10n/messages_en.properties");
    }

    static StoreImportService service(LocalDate today) {
        return new StoreImportService(store, new DefaultAccessPolicy(store),
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** The problem texts live with the «Импорт» view (as the people service's live with «Ученики»). */
    static Properties messages(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("../../ui-vaadin/org.ejournal.ui.imports/src/main/resources")
                .resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    // --- helpers

    /** A new school with the 2026/2027 year (or none) and a deputy director's account; returns the actor. */
    static Actor emptySchool(long id, boolean withYear) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (id, name, short_name) VALUES (" + id + ", 'Школа " + id + "', 'Ш" + id + "')");
            if (withYear) {
                s.executeUpdate("INSERT INTO academic_year (school_id, name, start_date, end_date) VALUES (" + id
                        + ", '2026/2027', '2026-09-01', '2027-05-31')");
            }
            s.executeUpdate("INSERT INTO user_account (id, school_id, login, password_hash) VALUES (" + (100 + id) + ", "
                    + id + ", 'zavuch" + id + "', 'x')");
            s.executeUpdate("INSERT INTO account_role (school_id, account_id, role) VALUES (" + id + ", " + (100 + id)
                    + ", 'DEPUTY_DIRECTOR')");
        }
        return accounts.actor(100 + id);
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static int count(String sql, Object... args) throws SQLException {
        return Sql.count(db, sql, args);
    }

    static String one(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getString(1);
            }
        }
    }

    /** Rows of every table the import writes, for the school. */
    static List<Integer> rowsOf(long school) throws SQLException {
        List<Integer> rows = new ArrayList<>();
        for (String t : TABLES) {
            rows.add(count("SELECT COUNT(*) FROM " + t + " WHERE school_id = ?", school));
        }
        return rows;
    }

    static List<ImportFile> xlsx(boolean broken) {
        return List.of(new ImportFile(broken ? SampleFiles.XLSX_ERRORS : SampleFiles.XLSX, SampleFiles.workbook(broken)));
    }

    static ImportFile csv(String name, List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return new ImportFile(name, SampleFiles.csv(all, ';', StandardCharsets.UTF_8, false));
    }

    static String text(ImportProblem p, Properties messages) {
        String pattern = messages.getProperty(p.key());
        assertTrue(pattern != null, "no text for " + p.key());
        return new MessageFormat(pattern, Locale.forLanguageTag("ru")).format(p.arguments().toArray());
    }

    static Map<ImportKind, List<Integer>> counts(ImportReport report) {
        Map<ImportKind, List<Integer>> m = new java.util.EnumMap<>(ImportKind.class);
        for (ImportCount c : report.counts()) {
            m.put(c.kind(), List.of(c.rows(), c.created(), c.updated(), c.unchanged()));
        }
        return m;
    }

    // --- the sample with broken rows

    @Test
    void theDryRunNamesEveryBrokenRowInRussianAndWritesNothing() throws SQLException {
        Actor zavuch = emptySchool(10, true);
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        ImportReport report = importer.dryRun(zavuch, xlsx(true), (done, total) -> {
            last.set(done * 1000 + total);
            calls.incrementAndGet();
        });
        assertFalse(report.clean());
        assertFalse(report.applied());
        List<List<String>> found = report.problems().stream()
                .map(p -> List.of(p.sheet(), String.valueOf(p.row()), p.column(), p.key())).toList();
        assertEquals(SampleFiles.expectedErrors(), found);
        for (ImportProblem p : report.problems()) {
            assertEquals(SampleFiles.XLSX_ERRORS, p.file());
            String ru = text(p, russian);
            assertFalse(ru.contains("{"), ru);
            assertTrue(ru.chars().anyMatch(ch -> ch >= 'А' && ch <= 'я'), "Russian: " + ru);
            text(p, english);
        }
        assertTrue(text(report.problems().get(1), russian).contains("«7В»"), "names the unknown class");
        assertTrue(text(report.problems().get(7), russian).contains("«Сергеев Пётр Ильич»"));
        int rows = 7 + 1 + 3 + 12 + 6 + 10 + 2;
        assertEquals(rows, report.rows());
        assertEquals(rows * 1000 + rows, last.get(), "progress reaches all rows");
        assertEquals(rows + 1, calls.get(), "told once before and once per row");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rowsOf(10), "a dry run writes nothing");
    }

    @Test
    void applyRefusesFilesWithProblemsAndWritesNothing() throws SQLException {
        Actor zavuch = emptySchool(11, true);
        ValidationException e = assertThrows(ValidationException.class, () -> importer.apply(zavuch, xlsx(true), null));
        assertEquals(ImportService.NOT_CLEAN, e.messageKey());
        assertEquals(9, e.arguments()[0]);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rowsOf(11), "the good rows are not written either");
    }

    @Test
    void theCleanSampleIsImportedAndAgainChangesNothing() throws SQLException {
        Actor zavuch = emptySchool(12, true);
        ImportReport dry = importer.dryRun(zavuch, xlsx(false), null);
        assertTrue(dry.clean(), () -> dry.problems().toString());
        Map<ImportKind, List<Integer>> expected = Map.of(
                ImportKind.STAFF, List.of(7, 7, 0, 0), ImportKind.CLASSES, List.of(3, 3, 0, 0),
                ImportKind.STUDENTS, List.of(12, 12, 0, 0), ImportKind.ASSIGNMENTS, List.of(10, 10, 0, 0));
        assertEquals(expected, counts(dry));
        assertEquals(10, dry.parentsCreated(), "the mother of two siblings once");
        assertEquals(6, dry.subjectsCreated());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rowsOf(12));

        ImportReport applied = importer.apply(zavuch, xlsx(false), null);
        assertTrue(applied.applied());
        assertEquals(expected, counts(applied));
        // staff, classes, students, enrollments, parents, links, consents, subjects, assignments, one audit row
        assertEquals(List.of(7, 3, 12, 12, 10, 11, 3, 6, 10, 1), rowsOf(12));
        assertEquals("Смирнова", one("SELECT t.last_name FROM school_class c JOIN staff t ON t.id = c.class_teacher_id"
                + " JOIN academic_year y ON y.id = c.academic_year_id WHERE c.school_id = 12 AND c.grade = 5"
                + " AND c.letter = 'А' AND y.name = '2026/2027'"));
        assertEquals(5, count("SELECT COUNT(*) FROM enrollment e JOIN school_class c ON c.id = e.class_id"
                + " WHERE e.school_id = 12 AND c.grade = 5 AND c.letter = 'А' AND e.start_date = '2026-11-20'"
                + " AND e.end_date IS NULL"));
        assertEquals("2015-03-04", one("SELECT birth_date FROM student WHERE school_id = 12 AND last_name = 'Абрамова'"));
        assertEquals(0, count("SELECT COUNT(*) FROM student WHERE school_id = 12 AND birth_date IS NOT NULL"
                + " AND id NOT IN (SELECT student_id FROM consent WHERE withdrawn_at IS NULL)"),
                "a birth date only with a consent");
        assertEquals("Абрамова", one("SELECT p.last_name FROM consent c JOIN parent p ON p.id = c.parent_id"
                + " JOIN student s ON s.id = c.student_id WHERE s.last_name = 'Абрамова' AND c.given_on = '2026-08-28'"
                + " AND c.recorded_by = 112"));
        assertEquals(2, count("SELECT COUNT(*) FROM student_parent sp JOIN parent p ON p.id = sp.parent_id"
                + " WHERE p.school_id = 12 AND p.last_name = 'Абрамова' AND sp.relation = 'MOTHER'"), "siblings share");
        assertEquals("M", one("SELECT gender FROM staff WHERE school_id = 12 AND last_name = 'Волков'"), "from the patronymic");
        assertEquals("GUARDIAN", one("SELECT relation FROM student_parent sp JOIN parent p ON p.id = sp.parent_id"
                + " WHERE p.last_name = 'Громова' AND p.school_id = 12"));
        assertEquals("MOTHER", one("SELECT relation FROM student_parent sp JOIN parent p ON p.id = sp.parent_id"
                + " WHERE p.last_name = 'Егорова' AND p.school_id = 12"), "мать from the patronymic -вна");
        assertEquals("2.5", one("SELECT hours_per_week FROM teaching_assignment a JOIN subject s ON s.id = a.subject_id"
                + " WHERE a.school_id = 12 AND s.name = 'Физическая культура'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE school_id = 12 AND entity = 'import'"
                + " AND action = 'IMPORT' AND account_id = 112 AND new_value LIKE 'import-sample.xlsx;%'"));

        ImportReport again = importer.apply(zavuch, xlsx(false), null);
        assertEquals(Map.of(
                ImportKind.STAFF, List.of(7, 0, 0, 7), ImportKind.CLASSES, List.of(3, 0, 0, 3),
                ImportKind.STUDENTS, List.of(12, 0, 0, 12), ImportKind.ASSIGNMENTS, List.of(10, 0, 0, 10)), counts(again));
        assertEquals(0, again.parentsCreated());
        assertEquals(List.of(7, 3, 12, 12, 10, 11, 3, 6, 10, 2), rowsOf(12), "nothing duplicated; one more audit row");
    }

    @Test
    void reimportUpdatesChangedFieldsAndTransfersAStudent() throws SQLException {
        Actor zavuch = emptySchool(13, true);
        importer.apply(zavuch, xlsx(false), null);
        List<List<String>> staff = new ArrayList<>(SampleFiles.staff());
        staff.set(2, List.of("Иванова", "Мария", "Петровна", "Ж", "учитель математики и информатики", "m.ivanova@school7.ru", ""));
        List<List<String>> students = new ArrayList<>(SampleFiles.students());
        List<String> belov = new ArrayList<>(students.get(2));
        belov.set(5, "5Б");
        belov.set(9, "+7 900 200-00-22");
        students.set(2, belov);
        List<ImportFile> files = List.of(
                csv("staff.csv", SampleFiles.STAFF_HEADER, staff),
                csv("students.csv", SampleFiles.STUDENTS_HEADER, students),
                csv("load.csv", SampleFiles.ASSIGNMENTS_HEADER, List.of(List.of("5Б", "Математика", "Иванова Мария Петровна", "6"))));
        ImportReport report = service(TODAY.plusDays(7)).apply(zavuch, files, null);
        assertEquals(Map.of(ImportKind.STAFF, List.of(7, 0, 1, 6), ImportKind.STUDENTS, List.of(12, 0, 1, 11),
                ImportKind.ASSIGNMENTS, List.of(1, 0, 1, 0)), counts(report));
        assertEquals("m.ivanova@school7.ru", one("SELECT email FROM staff WHERE school_id = 13 AND last_name = 'Иванова'"));
        assertEquals("+7 900 200-00-22", one("SELECT phone FROM parent WHERE school_id = 13 AND last_name = 'Белов'"));
        assertEquals(1, count("SELECT COUNT(*) FROM parent WHERE school_id = 13 AND last_name = 'Белов'"), "updated, not added");
        // The history stays: 5А until the day before, 5Б from the re-import's day.
        assertEquals("2026-11-26 TRANSFERRED", one("SELECT CONCAT(e.end_date, ' ', e.end_reason) FROM enrollment e"
                + " JOIN student s ON s.id = e.student_id JOIN school_class c ON c.id = e.class_id"
                + " WHERE s.school_id = 13 AND s.last_name = 'Белов' AND c.letter = 'А'"));
        assertEquals("2026-11-27 TRANSFERRED", one("SELECT CONCAT(e.start_date, ' ', e.start_reason) FROM enrollment e"
                + " JOIN student s ON s.id = e.student_id JOIN school_class c ON c.id = e.class_id"
                + " WHERE s.school_id = 13 AND s.last_name = 'Белов' AND c.letter = 'Б' AND e.end_date IS NULL"));
        assertEquals("6.0", one("SELECT hours_per_week FROM teaching_assignment a JOIN school_class c ON c.id = a.class_id"
                + " JOIN subject s ON s.id = a.subject_id WHERE a.school_id = 13 AND c.letter = 'Б' AND s.name = 'Математика'"));
    }

    @Test
    void csvFilesInTheirEncodingsAndSeparatorsImportLikeTheWorkbook() throws SQLException {
        Actor zavuch = emptySchool(14, true);
        List<ImportFile> files = new ArrayList<>();
        SampleFiles.all().forEach((name, bytes) -> {
            if (name.endsWith(".csv")) {
                files.add(new ImportFile(name, bytes));
            }
        });
        assertEquals(4, files.size());
        ImportReport report = importer.apply(zavuch, files, null);
        assertTrue(report.clean(), () -> report.problems().toString());
        assertEquals(Map.of(
                ImportKind.STAFF, List.of(7, 7, 0, 0), ImportKind.CLASSES, List.of(3, 3, 0, 0),
                ImportKind.STUDENTS, List.of(12, 12, 0, 0), ImportKind.ASSIGNMENTS, List.of(10, 10, 0, 0)), counts(report));
        assertEquals(1, count("SELECT COUNT(*) FROM student WHERE school_id = 14 AND last_name = 'Ёлкин'"
                + " AND first_name = 'Иван' AND middle_name = 'Петрович'"), "Windows-1251 decoded");
        assertEquals(List.of(7, 3, 12, 12, 10, 11, 3, 6, 10, 1), rowsOf(14));
    }

    @Test
    void badFilesAreNamedAndNothingIsWritten() throws SQLException {
        Actor zavuch = emptySchool(15, true);
        List<ImportFile> files = List.of(
                new ImportFile("pets.csv", "Кличка;Порода\nШарик;дворняга\n".getBytes(StandardCharsets.UTF_8)),
                new ImportFile("load.csv", "Класс;Предмет;Учитель\n5А;Математика;Иванова Мария\n".getBytes(StandardCharsets.UTF_8)),
                new ImportFile("photo.png", new byte[] {1, 2, 3}),
                csv("staff.csv", SampleFiles.STAFF_HEADER, SampleFiles.staff()));
        ImportReport report = importer.dryRun(zavuch, files, null);
        assertEquals(List.of("pets.csv import.error.unknownHeader", "load.csv import.error.missingColumn",
                "photo.png import.error.unknownFormat"), report.problems().stream().map(p -> p.file() + " " + p.key()).toList());
        assertEquals("Часов в неделю", report.problems().get(1).column());
        assertThrows(ValidationException.class, () -> importer.apply(zavuch, files, null));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rowsOf(15), "the good staff file is not written alone");
        assertEquals(ImportService.NO_FILES, assertThrows(ValidationException.class,
                () -> importer.dryRun(zavuch, List.of(), null)).messageKey());
    }

    @Test
    void withoutACurrentYearNothingCanBeImported() throws SQLException {
        Actor zavuch = emptySchool(16, false);
        ImportReport report = importer.dryRun(zavuch, xlsx(false), null);
        assertEquals(List.of("import.error.noYear"), report.problems().stream().map(ImportProblem::key).toList());
    }

    @Test
    void duplicatesAcrossFilesAndBadValuesInEveryKind() throws SQLException {
        Actor zavuch = emptySchool(17, true);
        List<ImportFile> files = List.of(
                csv("staff1.csv", SampleFiles.STAFF_HEADER, List.of(
                        List.of("Иванова", "Мария", "Петровна", "Ж", "учитель", "не-почта", "8-900-abc"),
                        List.of("Кто-то", "Без", "Пола", "", "учитель", "", ""))),
                csv("staff2.csv", SampleFiles.STAFF_HEADER, List.of(
                        List.of("ИВАНОВА", "Мария", "Петровна", "Ж", "учитель", "", ""))),
                csv("classes.csv", SampleFiles.CLASSES_HEADER, List.of(List.of("12А", ""), List.of("пятый", ""),
                        List.of("5А", "Нет Такого"))),
                csv("students.csv", SampleFiles.STUDENTS_HEADER, List.of(
                        List.of("Ушаков", "Лев", "", "М", "01.01.2030", "5А", "", "", "", "", "", "", "", "", ""),
                        List.of("Ушакова", "Ия", "", "Ж", "", "5А", "01.12.2026", "Ушакова Ия", "сестра", "", "", "", "", "", ""),
                        List.of("Уткин", "Ян", "", "М", "", "5А", "", "", "", "123", "", "", "", "", ""))),
                csv("load.csv", SampleFiles.ASSIGNMENTS_HEADER, List.of(List.of("5А", "", "Иванова Мария Петровна", "1.25"))));
        ImportReport report = importer.dryRun(zavuch, files, null);
        List<String> found = report.problems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column() + ":" + p.key()).toList();
        assertEquals(List.of(
                "staff1.csv:2:Email:import.error.badEmail",
                "staff1.csv:2:Телефон:import.error.badPhone",
                "staff1.csv:3:Пол:import.error.genderRequired",
                "staff2.csv:2:Фамилия:import.error.duplicate",
                "classes.csv:2:Класс:import.error.badGrade",
                "classes.csv:3:Класс:import.error.badClass",
                "classes.csv:4:Классный руководитель:import.error.unknownTeacher",
                "students.csv:2:Дата рождения:import.error.birthDateRange",
                "students.csv:2:Класс:import.error.unknownClass",
                "students.csv:3:Согласие на обработку ПДн:import.error.consentInFuture",
                "students.csv:3:Класс:import.error.unknownClass",
                "students.csv:3:Родитель 1 кем приходится:import.error.badRelation",
                "students.csv:4:Класс:import.error.unknownClass",
                "students.csv:4:Родитель 1 телефон:import.error.badPhone",
                "students.csv:4:Родитель 1 ФИО:import.error.required",
                "load.csv:2:Класс:import.error.unknownClass",
                "load.csv:2:Предмет:import.error.required",
                "load.csv:2:Учитель:import.error.unknownTeacher",
                "load.csv:2:Часов в неделю:import.error.badHours"), found);
        for (ImportProblem p : report.problems()) {
            text(p, russian);
        }
    }

    @Test
    void aLargeFileReportsProgressRowByRowAndIsWrittenWhole() throws SQLException {
        Actor zavuch = emptySchool(18, true);
        List<List<String>> classes = new ArrayList<>(List.of(SampleFiles.CLASSES_HEADER));
        List<List<String>> students = new ArrayList<>(List.of(SampleFiles.STUDENTS_HEADER));
        String letters = "АБВГД";
        for (int grade = 1; grade <= 11; grade++) {
            for (int l = 0; l < letters.length(); l++) {
                classes.add(List.of(grade + letters.substring(l, l + 1), ""));
                for (int n = 0; n < 28; n++) {
                    String last = "Ученик" + grade + letters.charAt(l) + n;
                    students.add(List.of(last, "Иван", "Петрович", "М", "", grade + letters.substring(l, l + 1), "",
                            "Ученик" + grade + letters.charAt(l) + n + "а Мария Петровна", "мать", "+7 900 " + grade + l + n,
                            "", "", "", "", ""));
                }
            }
        }
        byte[] xlsx = new XlsxWriter().sheet("Классы", classes).sheet("Ученики", students).toBytes();
        int rows = classes.size() - 1 + students.size() - 1;
        List<Integer> seen = new ArrayList<>();
        long t0 = System.nanoTime();
        ImportReport report = importer.apply(zavuch, List.of(new ImportFile("big.xlsx", xlsx)), (done, total) -> {
            assertEquals(rows, total);
            seen.add(done);
        });
        System.out.printf("[import] %d rows (%d students with a parent each) applied in %d ms%n", rows,
                students.size() - 1, (System.nanoTime() - t0) / 1_000_000);
        assertTrue(report.clean(), () -> report.problems().toString());
        assertEquals(rows + 1, seen.size(), "once before and once per row");
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i).intValue());
        }
        assertEquals(List.of(55, 55, 0, 0), counts(report).get(ImportKind.CLASSES));
        assertEquals(List.of(1540, 1540, 0, 0), counts(report).get(ImportKind.STUDENTS));
        assertEquals(1540, count("SELECT COUNT(*) FROM enrollment WHERE school_id = 18"));
        assertEquals(1540, count("SELECT COUNT(*) FROM parent WHERE school_id = 18"));
    }

    // --- existing data of school 1 and the consent rule

    @Test
    void rowsMatchTheSchoolsPeopleAndTheConsentRuleIsThePeopleServicesOne() throws SQLException {
        Actor zavuch = actor("zavuch");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // Жуков (305) has an active consent given by a parent inserted here.
            s.executeUpdate("INSERT INTO parent (id, school_id, last_name, first_name, middle_name, gender) VALUES"
                    + " (499, 1, 'Жукова', 'Анна', 'Ильинична', 'F')");
            s.executeUpdate("INSERT INTO student_parent (school_id, student_id, parent_id, relation) VALUES (1, 305, 499, 'MOTHER')");
            s.executeUpdate("INSERT INTO consent (school_id, student_id, parent_id, given_on, scope) VALUES"
                    + " (1, 305, 499, '2026-09-01', 'ФИО, дата рождения')");
        }
        List<String> header = SampleFiles.STUDENTS_HEADER;
        ImportFile refused = csv("s.csv", header, List.of(
                List.of("Белов", "Артём", "", "М", "05.05.2015", "5Б", "", "", "", "", "", "", "", "", "")));
        ImportReport report = importer.dryRun(zavuch, List.of(refused), null);
        assertEquals(List.of("import.error.noConsent"), report.problems().stream().map(ImportProblem::key).toList());
        assertTrue(text(report.problems().get(0), russian).contains("152-ФЗ"));

        ImportFile accepted = csv("s.csv", header, List.of(
                List.of("Белов", "Артём", "", "М", "05.05.2015", "5Б", "10.09.2026", "Белова Анна Сергеевна", "мать",
                        "+7 900 1", "", "", "", "", ""),
                List.of("Жуков", "Семён", "Ильич", "М", "06.06.2015", "5А", "", "", "", "", "", "", "", "", ""),
                List.of("Абрамова", "Софья", "Игоревна", "Ж", "", "5А", "", "Абрамова Наталья Викторовна", "мать",
                        "", "", "", "", "", "")));
        ImportReport ok = importer.apply(zavuch, List.of(accepted), null);
        assertEquals(List.of(List.of(3, 0, 2, 1)), counts(ok).values().stream().toList(),
                "Белов moved and consent, Жуков birth date, Абрамова as she is");
        assertEquals(1, count("SELECT COUNT(*) FROM student WHERE school_id = 1 AND last_name = 'Белов'"), "matched, not added");
        assertEquals("2015-05-05", one("SELECT birth_date FROM student WHERE id = 302"));
        assertEquals("2015-06-06", one("SELECT birth_date FROM student WHERE id = 305"), "with the existing consent");
        assertEquals(1, count("SELECT COUNT(*) FROM consent c JOIN parent p ON p.id = c.parent_id WHERE c.student_id = 302"
                + " AND p.last_name = 'Белова' AND c.withdrawn_at IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM student_parent WHERE student_id = 301"), "the known mother, no copy");
        assertEquals(0, count("SELECT COUNT(*) FROM student WHERE school_id = 2 AND last_name = 'Белов'"));
    }

    @Test
    void classesOfAnotherYearAreUnknownAndExistingAssignmentsAreMatched() throws SQLException {
        Actor director = actor("director");
        ImportFile load = csv("load.csv", SampleFiles.ASSIGNMENTS_HEADER, List.of(
                List.of("5А", "Математика", "Иванова Мария Петровна", "5"),
                List.of("4А", "Математика", "Иванова Мария Петровна", "4"),
                List.of("5А", "математика", "Иванова Мария Петровна", "4")));
        ImportReport report = importer.dryRun(director, List.of(load), null);
        assertEquals(List.of("3:import.error.unknownClass", "4:import.error.duplicate"),
                report.problems().stream().map(p -> p.row() + ":" + p.key()).toList());
        assertTrue(text(report.problems().get(0), russian).contains("2026/2027"));
        assertEquals(List.of(3, 0, 1, 0), counts(report).get(ImportKind.ASSIGNMENTS), "assignment 51 matched, hours 1 → 5");
    }

    @Test
    void onlyTheDeputyDirectorAndTheDirectorMayImport() {
        for (String login : List.of("admin", "teacher", "klassruk", "parent", "student")) {
            Actor a = actor(login);
            assertThrows(AccessDeniedException.class, () -> importer.dryRun(a, xlsx(false), null), login);
            assertThrows(AccessDeniedException.class, () -> importer.apply(a, xlsx(false), null), login);
        }
        // The director of school 2 imports into school 2 only: school 1's teacher is unknown there.
        Actor gymDirector = actor("gym-director");
        ImportReport report = importer.dryRun(gymDirector, List.of(csv("load.csv", SampleFiles.ASSIGNMENTS_HEADER, List.of(
                List.of("5А", "Математика", "Волков Игорь Николаевич", "5"),
                List.of("5А", "Математика", "Иванова Мария Петровна", "5")))), null);
        assertEquals(List.of("3:import.error.unknownTeacher"),
                report.problems().stream().map(p -> p.row() + ":" + p.key()).toList());
        List<Integer> c = counts(report).get(ImportKind.ASSIGNMENTS);
        assertEquals(2, c.get(0));
        assertEquals(1, c.get(1) + c.get(2) + c.get(3), "Волков of school 2 is found");
    }
}

package org.ejournal.diary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.diary.DiaryDay;
import org.ejournal.api.diary.DiaryLesson;
import org.ejournal.api.diary.DiaryMark;
import org.ejournal.api.diary.DiaryStudent;
import org.ejournal.api.diary.DiaryWeek;
import org.ejournal.api.diary.PeriodMarks;
import org.ejournal.api.diary.SubjectMarks;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.privacy.PersonalDataAccess;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diary and the personal-data log reader on real MariaDB: two-schools plus the diary fixture
 * (tutor, second parents, 5А timetable, marks and a final mark of 301, an English subgroup, a day off).
 */
@EJournalDatabase
class DiaryOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreDiaryService diary;
    static StorePersonalDataAccessLog log;

    @BeforeAll
    static void loadFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        Fixtures.load(dataSource, "diary");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The log as the people service writes it: zavuch read 301 twice, klassruk 302 once.
            s.executeUpdate("INSERT INTO personal_data_access (school_id, occurred_at, account_id, student_id, what)"
                    + " VALUES (1, '2026-11-10 09:00:00', 3, 301, 'STUDENT_RECORD'),"
                    + " (1, '2026-11-12 10:30:00', 5, 302, 'STUDENT_RECORD_EDIT'),"
                    + " (1, '2026-11-13 11:00:00', 3, 301, 'STUDENT_RECORD'),"
                    + " (2, '2026-11-13 12:00:00', 11, 321, 'STUDENT_RECORD')");
        }
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        DefaultAccessPolicy policy = new DefaultAccessPolicy(store);
        diary = new StoreDiaryService(store, policy,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        log = new StorePersonalDataAccessLog(store, policy);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    @Test
    void parentSeesBothChildrenStudentSelfTutorAssigned() {
        List<DiaryStudent> children = diary.students(actor("parent"));
        assertEquals(List.of("Абрамов Пётр Игоревич (1А)", "Абрамова Софья Игоревна (5А)"),
                children.stream().map(s -> s.name().full() + " (" + s.className() + ")").toList());
        assertEquals(List.of(301L), diary.students(actor("student")).stream().map(DiaryStudent::id).toList());
        // Tutor 107 follows 301; 311 only until 30.09.
        assertEquals(List.of(301L), diary.students(actor("Tutor")).stream().map(DiaryStudent::id).toList());
        assertEquals(List.of(), diary.students(actor("teacher")));
        assertEquals(List.of(), diary.students(actor("admin")));
    }

    @Test
    void weekShowsLessonsTopicsHomeworkMarksAndAbsencesOfTheStudentOnly() {
        DiaryWeek week = diary.week(actor("parent"), 301, LocalDate.of(2026, 9, 3)); // a Thursday
        assertEquals(LocalDate.of(2026, 8, 31), week.monday());
        assertEquals(6, week.days().size());
        DiaryDay wednesday = week.days().get(2);
        assertEquals(LocalDate.of(2026, 9, 2), wednesday.date());
        assertEquals(List.of("1 Русский язык", "2 Математика"),
                wednesday.lessons().stream().map(l -> l.number() + " " + l.subject()).toList());
        DiaryLesson russian = wednesday.lessons().get(0);
        assertEquals("Фонетика", russian.topic());
        assertEquals("упр. 12", russian.homework());
        assertEquals("Смирнова О. И.", russian.teacher());
        assertEquals(List.of("5 DICTATION 2"), russian.marks().stream()
                .map(m -> m.value() + " " + m.workType() + " " + m.weight()).toList());
        DiaryLesson math = wednesday.lessons().get(1);
        assertEquals("Натуральные числа", math.topic());
        assertEquals("№ 1, 2", math.homework());
        assertTrue(math.marks().isEmpty());
        assertEquals("", math.absence());
        // Friday: the English subgroup lesson is not 301's.
        assertTrue(week.days().get(4).lessons().isEmpty(), week.days().get(4).toString());

        // Белов (302) missed that mathematics lesson and is in the English subgroup.
        DiaryWeek belov = diary.week(actor("klassruk"), 302, LocalDate.of(2026, 8, 31));
        assertEquals("Н", belov.days().get(2).lessons().get(1).absence());
        assertEquals(List.of("5 Английский язык"), belov.days().get(4).lessons().stream()
                .map(l -> l.number() + " " + l.subject()).toList());
    }

    @Test
    void weekFillsDaysWithoutJournalLessonsFromTheTimetableOnStudyDaysOnly() {
        // 14.09: Monday slot (mathematics, no lesson entered) planned; Wednesday 16.09 the journal's lesson 3
        // (mark 5, late) and the planned Russian lesson 1.
        DiaryWeek week = diary.week(actor("student"), 301, LocalDate.of(2026, 9, 14));
        DiaryLesson planned = week.days().get(0).lessons().get(0);
        assertNull(planned.lessonId());
        assertEquals("Математика", planned.subject());
        assertEquals("", planned.topic());
        List<DiaryLesson> wednesday = week.days().get(2).lessons();
        assertEquals(List.of("1 Русский язык", "3 Математика"),
                wednesday.stream().map(l -> l.number() + " " + l.subject()).toList());
        assertEquals("ОП", wednesday.get(1).absence());
        assertEquals("5", wednesday.get(1).marks().get(0).value());

        // Жуков (305) arrived on Tuesday 15.09: no Monday lesson for him.
        DiaryWeek zhukov = diary.week(actor("zavuch"), 305, LocalDate.of(2026, 9, 14));
        assertTrue(zhukov.days().get(0).lessons().isEmpty());
        assertEquals(2, zhukov.days().get(2).lessons().size());

        // Autumn holidays (between the I and II quarters): nothing planned on Monday 02.11.
        DiaryWeek holidays = diary.week(actor("parent"), 301, LocalDate.of(2026, 11, 2));
        assertTrue(holidays.days().stream().allMatch(d -> d.lessons().isEmpty()), holidays.toString());
        // A day off on Wednesday 18.11: only Monday's lesson.
        DiaryWeek dayOff = diary.week(actor("parent"), 301, LocalDate.of(2026, 11, 16));
        assertEquals(1, dayOff.days().get(0).lessons().size());
        assertTrue(dayOff.days().get(2).lessons().isEmpty());
    }

    @Test
    void periodMarksWithWeightedAverageAndFinalMark() {
        List<StudyPeriodSummary> periods = diary.periods(actor("parent"), 301);
        assertEquals(List.of("I четверть", "II четверть", "III четверть", "IV четверть"),
                periods.stream().map(StudyPeriodSummary::name).toList());

        PeriodMarks marks = diary.periodMarks(actor("parent"), 301, 11);
        assertEquals("I четверть", marks.period().name());
        assertEquals(List.of("Математика", "Русский язык"), marks.subjects().stream().map(SubjectMarks::subject).toList());
        SubjectMarks math = marks.subjects().get(0);
        assertEquals(List.of("зач", "5", "4", "3"), math.marks().stream().map(DiaryMark::value).toList(),
                "by date, then work: 09.09 зач, 16.09 5, 05.10 test 4 and answer 3");
        assertEquals(4.0, math.weightedAverage(), 1e-9);
        assertEquals("4", math.finalMark());
        SubjectMarks russian = marks.subjects().get(1);
        assertEquals(5.0, russian.weightedAverage(), 1e-9);
        assertEquals("", russian.finalMark());

        // Белов: 5 and 4 of one test (a double mark counts twice), no final mark; English of his subgroup.
        PeriodMarks belov = diary.periodMarks(actor("zavuch"), 302, 11);
        assertEquals(List.of("Математика", "Русский язык", "Английский язык"),
                belov.subjects().stream().map(SubjectMarks::subject).toList());
        assertEquals(4.5, belov.subjects().get(0).weightedAverage(), 1e-9);
        assertNull(belov.subjects().get(2).weightedAverage());
    }

    @Test
    void foreignStudentsAreRefusedWhateverTheId() {
        Actor parent = actor("parent");
        for (long foreign : new long[] {302, 311, 321, 9999}) {
            assertThrows(AccessDeniedException.class, () -> diary.week(parent, foreign, TODAY), "student " + foreign);
            assertThrows(AccessDeniedException.class, () -> diary.periods(parent, foreign));
            assertThrows(AccessDeniedException.class, () -> diary.periodMarks(parent, foreign, 11));
        }
        assertThrows(AccessDeniedException.class, () -> diary.week(actor("student"), 312, TODAY), "a sibling");
        assertThrows(AccessDeniedException.class, () -> diary.week(actor("Tutor"), 311, TODAY), "no longer assigned");
        assertThrows(AccessDeniedException.class, () -> diary.week(actor("teacher"), 301, TODAY), "subject teacher");
        assertThrows(AccessDeniedException.class, () -> diary.week(actor("admin"), 301, TODAY), "tech admin");
        assertThrows(AccessDeniedException.class, () -> diary.week(actor("orlov"), 301, TODAY), "other class teacher");
        assertThrows(AccessDeniedException.class, () -> diary.week(actor("gym-director"), 301, TODAY), "other school");
        assertThrows(AccessDeniedException.class, () -> diary.week(actor("parent2"), 301, TODAY), "another family");
        assertEquals(6, diary.week(actor("parent2"), 311, TODAY).days().size());
    }

    @Test
    void accessLogIsForTheAdministrationOfTheSchoolFilteredByStudentAndDate() {
        List<PersonalDataAccess> all = log.find(actor("zavuch"), null, null, null);
        assertEquals(3, all.size(), "only school 1");
        PersonalDataAccess newest = all.get(0);
        assertEquals(LocalDate.of(2026, 11, 13), newest.occurredAt().toLocalDate());
        assertEquals("zavuch", newest.login());
        assertEquals("Сидорова Елена Викторовна", newest.who());
        assertEquals("Абрамова Софья Игоревна", newest.studentName());
        assertEquals("STUDENT_RECORD", newest.what());

        assertEquals(2, log.find(actor("director"), 301L, null, null).size());
        assertEquals(List.of(302L), log.find(actor("director"), null, LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 11, 12)).stream().map(PersonalDataAccess::studentId).toList());
        assertEquals(1, log.find(actor("gym-director"), null, null, null).size());

        for (String login : List.of("admin", "klassruk", "teacher", "parent", "student")) {
            assertThrows(AccessDeniedException.class, () -> log.find(actor(login), null, null, null), login);
        }
        Actor withoutRole = new Actor(3, 1, "zavuch", "x", Set.of(Role.SUBJECT_TEACHER), 102L, null, null, null);
        assertThrows(AccessDeniedException.class, () -> log.find(withoutRole, null, null, null));
    }
}

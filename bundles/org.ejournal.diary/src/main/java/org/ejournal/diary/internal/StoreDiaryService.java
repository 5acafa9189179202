package org.ejournal.diary.internal;

import static org.ejournal.diary.internal.Rows.asDate;
import static org.ejournal.diary.internal.Rows.asInt;
import static org.ejournal.diary.internal.Rows.asLong;
import static org.ejournal.diary.internal.Rows.asString;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.diary.DiaryDay;
import org.ejournal.api.diary.DiaryLesson;
import org.ejournal.api.diary.DiaryMark;
import org.ejournal.api.diary.DiaryService;
import org.ejournal.api.diary.DiaryStudent;
import org.ejournal.api.diary.DiaryWeek;
import org.ejournal.api.diary.PeriodMarks;
import org.ejournal.api.diary.SubjectMarks;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.store.StoreRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The diary read from the store. Each method checks {@link Operation#STUDENT_DIARY_READ} first, then
 * reads with a handful of plain-SQL queries, every one carrying the actor's school: the student and
 * the stays in classes, the lessons of those classes within the stays, the student's marks and
 * absences, and for days without journal lessons the timetable within the class's study periods.
 */
@Component(service = DiaryService.class)
public final class StoreDiaryService implements DiaryService {

    // A subgroup's lesson (English group 1) belongs only to the subgroup's members.
    private static final String SUBGROUP_MEMBER = " AND (a.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member sm"
            + " WHERE sm.subgroup_id = a.subgroup_id AND sm.student_id = e.student_id))";

    private static final String STUDENT_SQL = "SELECT s.id, s.last_name, s.first_name, s.middle_name,"
            + " e.class_id, e.start_date, e.end_date, c.grade, c.letter, c.academic_year_id, c.period_scheme"
            + " FROM student s LEFT JOIN enrollment e ON e.student_id = s.id AND e.school_id = s.school_id"
            + " LEFT JOIN school_class c ON c.id = e.class_id"
            + " WHERE s.id = #bind($studentId) AND s.school_id = #bind($schoolId)";

    private static final String TUTOR_STUDENTS_SQL = "SELECT t.student_id FROM tutor_student t"
            + " WHERE t.tutor_id = #bind($staffId) AND t.school_id = #bind($schoolId)"
            + " AND t.start_date <= #bind($today) AND (t.end_date IS NULL OR t.end_date >= #bind($today))";

    // Lessons of every class the student was in, only on the days of the stay (end_date inclusive).
    private static final String LESSONS_SQL = "SELECT l.id, l.lesson_date, l.lesson_number, l.topic, l.homework,"
            + " sb.name AS subject, t.last_name, t.first_name, t.middle_name"
            + " FROM enrollment e"
            + " JOIN teaching_assignment a ON a.class_id = e.class_id AND a.school_id = e.school_id"
            + " JOIN lesson l ON l.assignment_id = a.id AND l.lesson_date BETWEEN #bind($from) AND #bind($to)"
            + "   AND l.lesson_date >= e.start_date AND (e.end_date IS NULL OR l.lesson_date <= e.end_date)"
            + " JOIN subject sb ON sb.id = a.subject_id"
            + " JOIN staff t ON t.id = l.teacher_id"
            + " WHERE e.student_id = #bind($studentId) AND e.school_id = #bind($schoolId)"
            + " AND e.start_date <= #bind($to) AND (e.end_date IS NULL OR e.end_date >= #bind($from))"
            + SUBGROUP_MEMBER
            + " ORDER BY l.lesson_date, l.lesson_number, l.id";

    // STRAIGHT_JOIN: start from the student's marks (ix_mark_student), never from every lesson of the dates.
    private static final String WEEK_MARKS_SQL = "SELECT STRAIGHT_JOIN m.value, m.comment, w.lesson_id, w.work_type, w.weight,"
            + " l.lesson_date, wt.name AS work_type_name"
            + " FROM mark m JOIN work w ON w.id = m.work_id JOIN lesson l ON l.id = w.lesson_id"
            + " LEFT JOIN work_type wt ON wt.school_id = w.school_id AND wt.code = w.work_type"
            + " WHERE m.student_id = #bind($studentId) AND m.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to) ORDER BY w.id, m.id";

    private static final String WEEK_ATTENDANCE_SQL = "SELECT STRAIGHT_JOIN a.lesson_id, a.code FROM attendance a"
            + " JOIN lesson l ON l.id = a.lesson_id"
            + " WHERE a.student_id = #bind($studentId) AND a.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to)";

    // The timetable of the classes of the stays, with the study periods of each class (no lessons in holidays).
    private static final String SLOTS_SQL = "SELECT ts.weekday, ts.lesson_number, ts.valid_from, ts.valid_to,"
            + " e.start_date, e.end_date, sb.name AS subject, t.last_name, t.first_name, t.middle_name"
            + " FROM enrollment e"
            + " JOIN timetable_slot ts ON ts.class_id = e.class_id AND ts.school_id = e.school_id"
            + "   AND ts.valid_from <= #bind($to) AND (ts.valid_to IS NULL OR ts.valid_to >= #bind($from))"
            + " JOIN teaching_assignment a ON a.id = ts.assignment_id"
            + " JOIN subject sb ON sb.id = a.subject_id"
            + " JOIN staff t ON t.id = a.teacher_id"
            + " WHERE e.student_id = #bind($studentId) AND e.school_id = #bind($schoolId)"
            + " AND e.start_date <= #bind($to) AND (e.end_date IS NULL OR e.end_date >= #bind($from))"
            + SUBGROUP_MEMBER;

    private static final String PERIOD_DAYS_SQL = "SELECT sp.start_date, sp.end_date FROM enrollment e"
            + " JOIN school_class c ON c.id = e.class_id"
            + " JOIN study_period sp ON sp.academic_year_id = c.academic_year_id AND sp.scheme = c.period_scheme"
            + "   AND sp.start_date <= #bind($to) AND sp.end_date >= #bind($from)"
            + " WHERE e.student_id = #bind($studentId) AND e.school_id = #bind($schoolId)"
            + " AND e.start_date <= #bind($to) AND (e.end_date IS NULL OR e.end_date >= #bind($from))";

    private static final String HOLIDAYS_SQL = "SELECT h.start_date, h.end_date FROM holiday h"
            + " WHERE h.school_id = #bind($schoolId) AND h.start_date <= #bind($to) AND h.end_date >= #bind($from)";

    private static final String PERIODS_SQL = "SELECT sp.id, sp.name, sp.start_date, sp.end_date, sp.final_mark_deadline"
            + " FROM study_period sp JOIN school_class c ON c.academic_year_id = sp.academic_year_id"
            + " AND sp.scheme = c.period_scheme"
            + " WHERE c.id = #bind($classId) AND sp.school_id = #bind($schoolId) ORDER BY sp.start_date, sp.id";

    private static final String PERIOD_SQL = "SELECT sp.id, sp.name, sp.start_date, sp.end_date, sp.final_mark_deadline,"
            + " sp.academic_year_id FROM study_period sp WHERE sp.id = #bind($periodId) AND sp.school_id = #bind($schoolId)";

    private static final String PERIOD_SUBJECTS_SQL = "SELECT DISTINCT sb.id, sb.name, sb.sort_order FROM enrollment e"
            + " JOIN teaching_assignment a ON a.class_id = e.class_id AND a.school_id = e.school_id"
            + "   AND a.academic_year_id = #bind($yearId)"
            + " JOIN subject sb ON sb.id = a.subject_id"
            + " WHERE e.student_id = #bind($studentId) AND e.school_id = #bind($schoolId)"
            + " AND e.start_date <= #bind($to) AND (e.end_date IS NULL OR e.end_date >= #bind($from))"
            + SUBGROUP_MEMBER;

    private static final String PERIOD_MARKS_SQL = "SELECT STRAIGHT_JOIN m.value, m.comment, w.work_type, w.weight, l.lesson_date,"
            + " a.subject_id, sb.name AS subject, sb.sort_order, wt.name AS work_type_name FROM mark m"
            + " JOIN work w ON w.id = m.work_id JOIN lesson l ON l.id = w.lesson_id"
            + " LEFT JOIN work_type wt ON wt.school_id = w.school_id AND wt.code = w.work_type"
            + " JOIN teaching_assignment a ON a.id = l.assignment_id JOIN subject sb ON sb.id = a.subject_id"
            + " WHERE m.student_id = #bind($studentId) AND m.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to)"
            + " ORDER BY l.lesson_date, l.lesson_number, w.id, m.id";

    private static final String FINAL_MARKS_SQL = "SELECT f.value, a.subject_id, sb.name AS subject, sb.sort_order"
            + " FROM final_mark f JOIN teaching_assignment a ON a.id = f.assignment_id"
            + " JOIN subject sb ON sb.id = a.subject_id"
            + " WHERE f.student_id = #bind($studentId) AND f.study_period_id = #bind($periodId)"
            + " AND f.school_id = #bind($schoolId)";

    private static final int SCHOOL_DAYS = 6;

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreDiaryService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("today" decides the current class and the tutor's students). */
    StoreDiaryService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<DiaryStudent> students(Actor actor) {
        Set<Long> ids = new LinkedHashSet<>();
        if (actor.has(Role.STUDENT) && actor.studentId() != null) {
            ids.add(actor.studentId());
        }
        if (actor.has(Role.PARENT)) {
            ids.addAll(actor.childStudentIds());
        }
        ObjectContext context = store.newContext();
        if (actor.has(Role.TUTOR) && actor.staffId() != null) {
            for (DataRow row : Rows.select(context, TUTOR_STUDENTS_SQL, Map.of("staffId", actor.staffId(),
                    "schoolId", actor.schoolId(), "today", LocalDate.now(clock)))) {
                ids.add(asLong(row.get("student_id")));
            }
        }
        List<DiaryStudent> result = new ArrayList<>();
        for (long id : ids) {
            // Still the policy's decision: a child of another school, a role withdrawn…
            if (policy.allows(actor, Operation.STUDENT_DIARY_READ, id)) {
                result.add(loadStudent(context, actor, id).summary());
            }
        }
        // Surname, then name, then patronymic (a whole-string collation would put «Абрамова Софья» before
        // «Абрамов Пётр», as it ignores the space).
        Comparator<String> russian = Rows.russian()::compare;
        result.sort(Comparator.<DiaryStudent, String>comparing(s -> s.name().lastName(), russian)
                .thenComparing(s -> s.name().firstName(), russian)
                .thenComparing(s -> s.name().middleName(), russian)
                .thenComparingLong(DiaryStudent::id));
        return result;
    }

    @Override
    public DiaryWeek week(Actor actor, long studentId, LocalDate anyDay) {
        check(actor, studentId);
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        LocalDate saturday = monday.plusDays(SCHOOL_DAYS - 1);
        ObjectContext context = store.newContext();
        StudentFacts student = loadStudent(context, actor, studentId);
        Map<String, Object> params = Map.of("studentId", studentId, "schoolId", actor.schoolId(),
                "from", monday, "to", saturday);

        Map<Long, List<DiaryMark>> marksByLesson = new HashMap<>();
        for (DataRow row : Rows.select(context, WEEK_MARKS_SQL, params)) {
            marksByLesson.computeIfAbsent(asLong(row.get("lesson_id")), k -> new ArrayList<>()).add(mark(row));
        }
        Map<Long, String> absences = new HashMap<>();
        for (DataRow row : Rows.select(context, WEEK_ATTENDANCE_SQL, params)) {
            absences.put(asLong(row.get("lesson_id")), asString(row.get("code")));
        }
        Map<LocalDate, TreeMap<Integer, List<DiaryLesson>>> byDay = new TreeMap<>();
        Set<String> heldSlots = new HashSet<>();
        for (DataRow row : Rows.select(context, LESSONS_SQL, params)) {
            long lessonId = asLong(row.get("id"));
            LocalDate date = asDate(row.get("lesson_date"));
            int number = asInt(row.get("lesson_number"), 0);
            heldSlots.add(date + "#" + number);
            DiaryLesson lesson = new DiaryLesson(lessonId, number, asString(row.get("subject")),
                    Rows.name(row, "").shortForm(), asString(row.get("topic")), asString(row.get("homework")),
                    marksByLesson.getOrDefault(lessonId, List.of()), absences.getOrDefault(lessonId, ""));
            byDay.computeIfAbsent(date, d -> new TreeMap<>()).computeIfAbsent(number, n -> new ArrayList<>())
                    .add(lesson);
        }
        addPlannedLessons(context, params, monday, saturday, heldSlots, byDay);

        List<DiaryDay> days = new ArrayList<>(SCHOOL_DAYS);
        for (int i = 0; i < SCHOOL_DAYS; i++) {
            LocalDate date = monday.plusDays(i);
            List<DiaryLesson> lessons = new ArrayList<>();
            TreeMap<Integer, List<DiaryLesson>> numbered = byDay.get(date);
            if (numbered != null) {
                numbered.values().forEach(lessons::addAll);
            }
            days.add(new DiaryDay(date, lessons));
        }
        return new DiaryWeek(student.summary(), monday, days);
    }

    /** Timetable lessons on study days of the stays where the journal has no lesson at that number yet. */
    private static void addPlannedLessons(ObjectContext context, Map<String, Object> params, LocalDate monday,
                                          LocalDate saturday, Set<String> heldSlots,
                                          Map<LocalDate, TreeMap<Integer, List<DiaryLesson>>> byDay) {
        List<LocalDate[]> studyDays = new ArrayList<>();
        for (DataRow row : Rows.select(context, PERIOD_DAYS_SQL, params)) {
            studyDays.add(new LocalDate[] {asDate(row.get("start_date")), asDate(row.get("end_date"))});
        }
        if (studyDays.isEmpty()) {
            return;
        }
        List<DataRow> slots = Rows.select(context, SLOTS_SQL, params);
        if (slots.isEmpty()) {
            return;
        }
        List<LocalDate[]> holidays = new ArrayList<>();
        for (DataRow row : Rows.select(context, HOLIDAYS_SQL, params)) {
            holidays.add(new LocalDate[] {asDate(row.get("start_date")), asDate(row.get("end_date"))});
        }
        for (DataRow row : slots) {
            int weekday = asInt(row.get("weekday"), 0);
            if (weekday < 1 || weekday > SCHOOL_DAYS) {
                continue;
            }
            LocalDate date = monday.plusDays(weekday - 1L);
            int number = asInt(row.get("lesson_number"), 0);
            if (date.isAfter(saturday) || heldSlots.contains(date + "#" + number)
                    || !within(date, asDate(row.get("valid_from")), asDate(row.get("valid_to")))
                    || !within(date, asDate(row.get("start_date")), asDate(row.get("end_date")))
                    || studyDays.stream().noneMatch(p -> within(date, p[0], p[1]))
                    || holidays.stream().anyMatch(h -> within(date, h[0], h[1]))) {
                continue;
            }
            heldSlots.add(date + "#" + number);
            byDay.computeIfAbsent(date, d -> new TreeMap<>()).computeIfAbsent(number, n -> new ArrayList<>())
                    .add(new DiaryLesson(null, number, asString(row.get("subject")), Rows.name(row, "").shortForm(),
                            "", "", List.of(), ""));
        }
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    @Override
    public List<StudyPeriodSummary> periods(Actor actor, long studentId) {
        check(actor, studentId);
        ObjectContext context = store.newContext();
        StudentFacts student = loadStudent(context, actor, studentId);
        if (student.classId == null) {
            return List.of();
        }
        List<StudyPeriodSummary> periods = new ArrayList<>();
        for (DataRow row : Rows.select(context, PERIODS_SQL, Map.of("classId", student.classId,
                "schoolId", actor.schoolId()))) {
            periods.add(period(row));
        }
        return periods;
    }

    @Override
    public PeriodMarks periodMarks(Actor actor, long studentId, long periodId) {
        check(actor, studentId);
        ObjectContext context = store.newContext();
        StudentFacts student = loadStudent(context, actor, studentId);
        List<DataRow> periodRows = Rows.select(context, PERIOD_SQL, Map.of("periodId", periodId,
                "schoolId", actor.schoolId()));
        if (periodRows.isEmpty()) {
            throw new NotFoundException("studyPeriod", periodId);
        }
        StudyPeriodSummary period = period(periodRows.get(0));
        long yearId = asLong(periodRows.get(0).get("academic_year_id"));
        Map<String, Object> params = Map.of("studentId", studentId, "schoolId", actor.schoolId(),
                "from", period.start(), "to", period.end(), "yearId", yearId, "periodId", periodId);

        Map<Long, SubjectBuilder> subjects = new LinkedHashMap<>();
        for (DataRow row : Rows.select(context, PERIOD_SUBJECTS_SQL, params)) {
            subject(subjects, row, "id");
        }
        for (DataRow row : Rows.select(context, PERIOD_MARKS_SQL, params)) {
            subject(subjects, row, "subject_id").marks.add(mark(row));
        }
        for (DataRow row : Rows.select(context, FINAL_MARKS_SQL, params)) {
            subject(subjects, row, "subject_id").finalMark = asString(row.get("value"));
        }
        Comparator<String> russian = Rows.russian()::compare;
        List<SubjectMarks> result = subjects.values().stream()
                .sorted(Comparator.comparingInt((SubjectBuilder s) -> s.sortOrder)
                        .thenComparing(s -> s.name, russian).thenComparingLong(s -> s.id))
                .map(s -> new SubjectMarks(s.id, s.name, s.marks, WeightedAverage.of(s.marks), s.finalMark))
                .toList();
        return new PeriodMarks(student.summary(), period, result);
    }

    private static SubjectBuilder subject(Map<Long, SubjectBuilder> subjects, DataRow row, String idColumn) {
        long id = asLong(row.get(idColumn));
        return subjects.computeIfAbsent(id, k -> new SubjectBuilder(id,
                asString(row.get(idColumn.equals("id") ? "name" : "subject")), asInt(row.get("sort_order"), 0)));
    }

    private static final class SubjectBuilder {
        final long id;
        final String name;
        final int sortOrder;
        final List<DiaryMark> marks = new ArrayList<>();
        String finalMark = "";

        SubjectBuilder(long id, String name, int sortOrder) {
            this.id = id;
            this.name = name;
            this.sortOrder = sortOrder;
        }
    }

    private static DiaryMark mark(DataRow row) {
        return new DiaryMark(asString(row.get("value")), asDate(row.get("lesson_date")), asString(row.get("work_type")),
                asString(row.get("work_type_name")), asInt(row.get("weight"), 1), asString(row.get("comment")));
    }

    private static StudyPeriodSummary period(DataRow row) {
        return new StudyPeriodSummary(asLong(row.get("id")), asString(row.get("name")), asDate(row.get("start_date")),
                asDate(row.get("end_date")), asDate(row.get("final_mark_deadline")));
    }

    /** The one gate: refused and unknown students alike get {@link AccessDeniedException}. */
    private void check(Actor actor, long studentId) {
        policy.check(actor, Operation.STUDENT_DIARY_READ, studentId);
    }

    /** The student in the actor's school with the class of today (else of the latest stay). */
    private StudentFacts loadStudent(ObjectContext context, Actor actor, long studentId) {
        List<DataRow> rows = Rows.select(context, STUDENT_SQL, Map.of("studentId", studentId,
                "schoolId", actor.schoolId()));
        if (rows.isEmpty()) {
            throw new AccessDeniedException(Operation.STUDENT_DIARY_READ, studentId);
        }
        LocalDate today = LocalDate.now(clock);
        DataRow chosen = null;
        for (DataRow row : rows) {
            LocalDate start = asDate(row.get("start_date"));
            if (start == null) {
                continue;
            }
            LocalDate end = asDate(row.get("end_date"));
            boolean current = !start.isAfter(today) && (end == null || !end.isBefore(today));
            if (current) {
                chosen = row;
                break;
            }
            if (chosen == null || start.isAfter(asDate(chosen.get("start_date")))) {
                chosen = row;
            }
        }
        DataRow first = rows.get(0);
        PersonName name = Rows.name(first, "");
        if (chosen == null) {
            return new StudentFacts(studentId, name, null, "");
        }
        return new StudentFacts(studentId, name, asLong(chosen.get("class_id")),
                asInt(chosen.get("grade"), 0) + asString(chosen.get("letter")));
    }

    private record StudentFacts(long id, PersonName name, Long classId, String className) {
        DiaryStudent summary() {
            return new DiaryStudent(id, name, className);
        }
    }
}

package org.ejournal.gradebook.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.exp.ExpressionFactory;
import org.apache.cayenne.query.ObjectSelect;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.gradebook.internal.JournalAssembler.AttendanceFacts;
import org.ejournal.gradebook.internal.JournalAssembler.EnrollmentSpan;
import org.ejournal.gradebook.internal.JournalAssembler.LessonFacts;
import org.ejournal.gradebook.internal.JournalAssembler.MarkFacts;
import org.ejournal.gradebook.internal.JournalAssembler.WorkFacts;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.Work;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The class journal read from the store. Every method asks the {@link AccessPolicy} first and every
 * query carries the actor's school. One Cayenne context per call.
 *
 * <p>The journal grid costs six queries whatever its size: assignment (with class, subject and
 * teacher joined), period, lessons, their works (prefetch), enrollments (students joined), and one
 * plain-SQL read each for marks and attendance, which are only values and ids.
 */
@Component(service = GradebookService.class)
public final class StoreGradebookService implements GradebookService {

    private static final String MARKS_SQL = "SELECT m.id, m.work_id, m.student_id, m.value FROM mark m"
            + " JOIN work w ON w.id = m.work_id JOIN lesson l ON l.id = w.lesson_id"
            + " WHERE l.assignment_id = #bind($assignmentId) AND l.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to)";

    private static final String ATTENDANCE_SQL = "SELECT a.lesson_id, a.student_id, a.code FROM attendance a"
            + " JOIN lesson l ON l.id = a.lesson_id"
            + " WHERE l.assignment_id = #bind($assignmentId) AND l.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to)";

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreGradebookService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("current academic year"). */
    StoreGradebookService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<AssignmentSummary> myAssignments(Actor actor) {
        if (actor.staffId() == null) {
            return List.of();
        }
        ObjectContext context = store.newContext();
        Optional<AcademicYear> year = AcademicYear.current(context, actor.schoolId(), LocalDate.now(clock));
        if (year.isEmpty()) {
            return List.of();
        }
        List<TeachingAssignment> mine = SchoolScope.select(TeachingAssignment.class, actor.schoolId())
                .and(ExpressionFactory.matchDbExp("teacher_id", actor.staffId()))
                .and(TeachingAssignment.ACADEMIC_YEAR.eq(year.get()))
                .prefetch(TeachingAssignment.SCHOOL_CLASS.joint())
                .prefetch(TeachingAssignment.SUBJECT.joint())
                .prefetch(TeachingAssignment.TEACHER.joint())
                .select(context);
        List<AssignmentSummary> result = new ArrayList<>();
        for (TeachingAssignment a : mine) {
            // Own assignments, yet still the policy's decision (e.g. an account without SUBJECT_TEACHER).
            if (policy.allows(actor, Operation.ASSIGNMENT_JOURNAL_READ, a.getId())) {
                result.add(summary(a));
            }
        }
        result.sort(AssignmentOrder.comparator());
        return result;
    }

    @Override
    public AssignmentSummary assignment(Actor actor, long assignmentId) {
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        return summary(loadAssignment(store.newContext(), actor, assignmentId));
    }

    @Override
    public List<StudyPeriodSummary> periods(Actor actor, long assignmentId) {
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        ObjectContext context = store.newContext();
        TeachingAssignment assignment = loadAssignment(context, actor, assignmentId);
        return SchoolScope.select(StudyPeriod.class, actor.schoolId())
                .and(StudyPeriod.ACADEMIC_YEAR.eq(assignment.getAcademicYear()))
                .and(StudyPeriod.SCHEME.eq(assignment.getSchoolClass().getPeriodScheme()))
                .orderBy(StudyPeriod.START_DATE.asc())
                .select(context).stream().map(StoreGradebookService::summary).toList();
    }

    @Override
    public JournalGrid journal(Actor actor, long assignmentId, long periodId) {
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        ObjectContext context = store.newContext();
        TeachingAssignment assignment = loadAssignment(context, actor, assignmentId);
        StudyPeriod period = SchoolScope.select(StudyPeriod.class, actor.schoolId())
                .and(StudyPeriod.ID_PK_PROPERTY.eq(periodId))
                .and(StudyPeriod.ACADEMIC_YEAR.eq(assignment.getAcademicYear()))
                .selectOne(context);
        if (period == null) {
            throw new NotFoundException("studyPeriod", periodId);
        }
        LocalDate from = period.getStartDate();
        LocalDate to = period.getEndDate();

        List<Lesson> lessons = ObjectSelect.query(Lesson.class)
                .where(Lesson.ASSIGNMENT.eq(assignment))
                .and(Lesson.LESSON_DATE.between(from, to))
                .prefetch(Lesson.WORKS.disjointById())
                .select(context);
        List<LessonFacts> lessonFacts = new ArrayList<>(lessons.size());
        for (Lesson l : lessons) {
            List<WorkFacts> works = new ArrayList<>();
            for (Work w : l.getWorks()) {
                works.add(new WorkFacts(w.getId(), w.getWorkType(), w.getWeight() == null ? 1 : w.getWeight()));
            }
            lessonFacts.add(new LessonFacts(l.getId(), l.getLessonDate(), l.getLessonNumber(),
                    nullToEmpty(l.getTopic()), nullToEmpty(l.getHomework()), works));
        }

        // Every stay in the class that overlaps the period: arrivals, departures and returns included.
        List<Enrollment> enrollments = ObjectSelect.query(Enrollment.class)
                .where(Enrollment.SCHOOL_CLASS.eq(assignment.getSchoolClass()))
                .and(Enrollment.START_DATE.lte(to))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(from)))
                .prefetch(Enrollment.STUDENT.joint())
                .select(context);
        List<EnrollmentSpan> spans = new ArrayList<>(enrollments.size());
        for (Enrollment e : enrollments) {
            spans.add(new EnrollmentSpan(student(e.getStudent()), e.getStartDate(), e.getEndDate()));
        }

        List<MarkFacts> marks = new ArrayList<>();
        for (DataRow row : rows(context, MARKS_SQL, assignmentId, actor.schoolId(), from, to)) {
            marks.add(new MarkFacts(asLong(row.get("id")), asLong(row.get("work_id")), asLong(row.get("student_id")),
                    (String) row.get("value")));
        }
        List<AttendanceFacts> attendance = new ArrayList<>();
        for (DataRow row : rows(context, ATTENDANCE_SQL, assignmentId, actor.schoolId(), from, to)) {
            attendance.add(new AttendanceFacts(asLong(row.get("lesson_id")), asLong(row.get("student_id")),
                    (String) row.get("code")));
        }
        return JournalAssembler.assemble(summary(assignment), summary(period), lessonFacts, spans, marks, attendance);
    }

    private static List<DataRow> rows(ObjectContext context, String sql, long assignmentId, long schoolId,
                                      LocalDate from, LocalDate to) {
        return SQLSelect.dataRowQuery(sql)
                .param("assignmentId", assignmentId).param("schoolId", schoolId)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .lowerColumnNames().select(context);
    }

    /** The assignment in the actor's school with class, subject and teacher; the policy has already agreed. */
    private static TeachingAssignment loadAssignment(ObjectContext context, Actor actor, long assignmentId) {
        TeachingAssignment assignment = SchoolScope.select(TeachingAssignment.class, actor.schoolId())
                .and(TeachingAssignment.ID_PK_PROPERTY.eq(assignmentId))
                .prefetch(TeachingAssignment.SCHOOL_CLASS.joint())
                .prefetch(TeachingAssignment.SUBJECT.joint())
                .prefetch(TeachingAssignment.TEACHER.joint())
                .selectOne(context);
        if (assignment == null) {
            throw new NotFoundException("assignment", assignmentId);
        }
        return assignment;
    }

    static AssignmentSummary summary(TeachingAssignment a) {
        SchoolClass c = a.getSchoolClass();
        Staff t = a.getTeacher();
        return new AssignmentSummary(a.getId(), c.getId(), c.getGrade() + c.getLetter(), a.getSubject().getId(),
                a.getSubject().getName(), t.getId(),
                new PersonName(t.getLastName(), t.getFirstName(), t.getMiddleName()).full());
    }

    static StudyPeriodSummary summary(StudyPeriod p) {
        return new StudyPeriodSummary(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(),
                p.getFinalMarkDeadline());
    }

    private static StudentSummary student(Student s) {
        return new StudentSummary(s.getId(), new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** Assignments by grade, class letter (Russian order), then subject name. */
    static final class AssignmentOrder {
        static Comparator<AssignmentSummary> comparator() {
            return Comparator.comparingInt((AssignmentSummary a) -> gradeOf(a.className()))
                    .thenComparing(AssignmentSummary::className, RussianNameOrder.collator())
                    .thenComparing(AssignmentSummary::subjectName, RussianNameOrder.collator())
                    .thenComparingLong(AssignmentSummary::id);
        }

        private AssignmentOrder() {
        }

        private static int gradeOf(String className) {
            int i = 0;
            while (i < className.length() && Character.isDigit(className.charAt(i))) {
                i++;
            }
            return i == 0 ? 0 : Integer.parseInt(className.substring(0, i));
        }
    }
}

package org.ejournal.roster.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The roster read from the store, scoped by the actor's school and checked by the {@link AccessPolicy}
 * ({@code CLASS_ROSTER_READ}) class by class. One Cayenne context per call.
 */
@Component(service = RosterService.class)
public final class StoreRosterService implements RosterService {

    /** Students enrolled on a day, per class; a student counts once even with two rows that day. */
    private static final String COUNT_SQL = "SELECT class_id, COUNT(DISTINCT student_id) AS students FROM enrollment"
            + " WHERE school_id = #bind($schoolId) AND start_date <= #bind($day)"
            + " AND (end_date IS NULL OR end_date >= #bind($day)) GROUP BY class_id";

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreRosterService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("today", "current academic year"). */
    StoreRosterService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The actor's own school. No policy question: every user may know the name of the school they
     * belong to (the header shows it); nothing else of the school is returned.
     */
    @Override
    public SchoolSummary school(Actor actor) {
        School school = ObjectSelect.query(School.class).where(School.ID_PK_PROPERTY.eq(actor.schoolId()))
                .selectOne(store.newContext());
        if (school == null) {
            throw new NotFoundException("school", actor.schoolId());
        }
        return new SchoolSummary(school.getId(), school.getName(), school.getShortName(),
                school.getCity() == null ? "" : school.getCity());
    }

    @Override
    public List<SchoolClassSummary> classes(Actor actor) {
        ObjectContext context = store.newContext();
        LocalDate today = LocalDate.now(clock);
        Optional<AcademicYear> year = AcademicYear.current(context, actor.schoolId(), today);
        if (year.isEmpty()) {
            return List.of();
        }
        List<SchoolClass> classes = SchoolScope.select(SchoolClass.class, actor.schoolId())
                .and(SchoolClass.ACADEMIC_YEAR.eq(year.get()))
                .prefetch(SchoolClass.CLASS_TEACHER.joint())
                .prefetch(SchoolClass.ACADEMIC_YEAR.joint())
                .select(context);
        Map<Long, Integer> counts = studentCounts(context, actor.schoolId(), today);
        List<SchoolClassSummary> result = new ArrayList<>();
        for (SchoolClass c : classes) {
            if (policy.allows(actor, Operation.CLASS_ROSTER_READ, c.getId())) {
                result.add(summary(c, counts.getOrDefault(c.getId(), 0)));
            }
        }
        result.sort(RussianOrder.classes());
        return result;
    }

    @Override
    public SchoolClassSummary schoolClass(Actor actor, long classId) {
        ObjectContext context = store.newContext();
        SchoolClass c = loadClass(context, actor, classId);
        policy.check(actor, Operation.CLASS_ROSTER_READ, classId);
        return summary(c, studentCounts(context, actor.schoolId(), LocalDate.now(clock)).getOrDefault(classId, 0));
    }

    @Override
    public List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate) {
        ObjectContext context = store.newContext();
        SchoolClass c = loadClass(context, actor, classId);
        policy.check(actor, Operation.CLASS_ROSTER_READ, classId);
        List<Enrollment> enrollments = ObjectSelect.query(Enrollment.class)
                .where(Enrollment.SCHOOL_CLASS.eq(c))
                .and(Enrollment.START_DATE.lte(onDate))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(onDate)))
                .prefetch(Enrollment.STUDENT.joint())
                .select(context);
        Map<Long, StudentSummary> students = new LinkedHashMap<>();
        for (Enrollment e : enrollments) {
            Student s = e.getStudent();
            students.putIfAbsent(s.getId(), new StudentSummary(s.getId(),
                    new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName())));
        }
        List<StudentSummary> result = new ArrayList<>(students.values());
        result.sort(RussianOrder.students());
        return result;
    }

    /**
     * The class in the actor's school. Looked up before the policy is asked so that a class of another
     * school is simply not found (its existence is not revealed) while a class of one's own school that
     * one may not read is refused.
     */
    private static SchoolClass loadClass(ObjectContext context, Actor actor, long classId) {
        SchoolClass c = SchoolScope.select(SchoolClass.class, actor.schoolId())
                .and(SchoolClass.ID_PK_PROPERTY.eq(classId))
                .prefetch(SchoolClass.CLASS_TEACHER.joint())
                .prefetch(SchoolClass.ACADEMIC_YEAR.joint())
                .selectOne(context);
        if (c == null) {
            throw new NotFoundException("schoolClass", classId);
        }
        return c;
    }

    private static Map<Long, Integer> studentCounts(ObjectContext context, long schoolId, LocalDate day) {
        List<DataRow> rows = SQLSelect.dataRowQuery(COUNT_SQL).param("schoolId", schoolId)
                .param("day", Date.valueOf(day)).lowerColumnNames().select(context);
        Map<Long, Integer> counts = new HashMap<>();
        for (DataRow row : rows) {
            counts.put(((Number) row.get("class_id")).longValue(), ((Number) row.get("students")).intValue());
        }
        return counts;
    }

    private static SchoolClassSummary summary(SchoolClass c, int studentCount) {
        Staff teacher = c.getClassTeacher();
        return new SchoolClassSummary(c.getId(), c.getAcademicYear().getId(), c.getGrade(), c.getLetter(),
                teacher == null ? null : teacher.getId(),
                teacher == null ? "" : new PersonName(teacher.getLastName(), teacher.getFirstName(),
                        teacher.getMiddleName()).full(),
                studentCount);
    }
}

package org.ejournal.timetable.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.timetable.ReadinessFinding;
import org.ejournal.api.timetable.ReadinessKind;
import org.ejournal.api.timetable.ReadinessReport;
import org.ejournal.api.timetable.ReadinessService;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.StudentParent;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.SubgroupMember;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.TimetableSlot;
import org.ejournal.store.model.UserAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The readiness check for 1 September on the store: a handful of queries over the year being planned, the
 * rest in memory (a school has at most a few thousand students).
 */
@Component(service = ReadinessService.class)
public final class StoreReadinessService implements ReadinessService {

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreReadinessService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("today"). */
    StoreReadinessService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    private record Sortable(ReadinessFinding finding, int grade, String letter, String name) {
    }

    @Override
    public ReadinessReport check(Actor actor) {
        policy.check(actor, Operation.SCHOOL_READ, actor.schoolId());
        ObjectContext context = store.newContext();
        LocalDate today = LocalDate.now(clock);
        AcademicYear year = Names.planningYear(context, actor.schoolId(), today);
        // Who counts: enrolled on the year's first day or later and still there on this date.
        LocalDate reference = today.isAfter(year.getStartDate()) ? today : year.getStartDate();

        List<SchoolClass> classes = ObjectSelect.query(SchoolClass.class).where(SchoolScope.of(actor.schoolId()))
                .and(SchoolClass.ACADEMIC_YEAR.eq(year)).prefetch(SchoolClass.CLASS_TEACHER.joint()).select(context);
        List<TeachingAssignment> assignments = ObjectSelect.query(TeachingAssignment.class)
                .where(SchoolScope.of(actor.schoolId())).and(TeachingAssignment.ACADEMIC_YEAR.eq(year))
                .prefetch(TeachingAssignment.SUBJECT.joint()).prefetch(TeachingAssignment.TEACHER.joint())
                .prefetch(TeachingAssignment.SUBGROUP.disjoint()).select(context);
        Set<String> schemes = new HashSet<>();
        for (StudyPeriod p : ObjectSelect.query(StudyPeriod.class).where(StudyPeriod.ACADEMIC_YEAR.eq(year))
                .select(context)) {
            schemes.add(p.getScheme());
        }
        Set<Long> planned = new HashSet<>();
        for (TimetableSlot s : ObjectSelect.query(TimetableSlot.class).where(SchoolScope.of(actor.schoolId()))
                .and(TimetableSlot.VALID_FROM.lte(year.getEndDate()))
                .and(TimetableSlot.VALID_TO.isNull().orExp(TimetableSlot.VALID_TO.gte(reference))).select(context)) {
            if (s.getValidTo() == null || !s.getValidTo().isBefore(s.getValidFrom())) {
                planned.add(s.getAssignment().getId());
            }
        }
        Set<Long> groupsWithMembers = new HashSet<>();
        for (SubgroupMember m : ObjectSelect.query(SubgroupMember.class).where(SchoolScope.of(actor.schoolId()))
                .select(context)) {
            groupsWithMembers.add(m.getSubgroup().getId());
        }
        List<Enrollment> enrollments = ObjectSelect.query(Enrollment.class)
                .where(Enrollment.SCHOOL_CLASS.dot(SchoolClass.ACADEMIC_YEAR).eq(year))
                .and(Enrollment.START_DATE.lte(year.getEndDate()))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(reference)))
                .orderBy(Enrollment.START_DATE.asc(), Enrollment.ID_PK_PROPERTY.asc())
                .prefetch(Enrollment.STUDENT.joint()).select(context);
        // A student counts in the class of the first such enrollment (where they start the year).
        Map<Long, Student> students = new LinkedHashMap<>();
        Map<Long, SchoolClass> classOf = new HashMap<>();
        Set<Long> classesWithStudents = new HashSet<>();
        for (Enrollment e : enrollments) {
            Student s = e.getStudent();
            if (Boolean.TRUE.equals(s.getActive())) {
                students.putIfAbsent(s.getId(), s);
                classOf.putIfAbsent(s.getId(), e.getSchoolClass());
                classesWithStudents.add(e.getSchoolClass().getId());
            }
        }
        Map<Long, List<Parent>> parentsOf = new HashMap<>();
        Map<Long, Parent> parents = new LinkedHashMap<>();
        Map<Long, Long> childOf = new HashMap<>();
        if (!students.isEmpty()) {
            for (StudentParent link : ObjectSelect.query(StudentParent.class).where(SchoolScope.of(actor.schoolId()))
                    .prefetch(StudentParent.PARENT.joint()).select(context)) {
                long studentId = link.getStudent().getId();
                Parent p = link.getParent();
                if (students.containsKey(studentId) && Boolean.TRUE.equals(p.getActive())) {
                    parentsOf.computeIfAbsent(studentId, k -> new ArrayList<>()).add(p);
                    parents.putIfAbsent(p.getId(), p);
                    childOf.putIfAbsent(p.getId(), studentId);
                }
            }
        }
        Set<Long> studentLogins = new HashSet<>();
        Set<Long> parentLogins = new HashSet<>();
        for (UserAccount a : ObjectSelect.query(UserAccount.class).where(SchoolScope.of(actor.schoolId()))
                .and(UserAccount.ACTIVE.eq(true)).select(context)) {
            if (a.getStudent() != null) {
                studentLogins.add(a.getStudent().getId());
            }
            if (a.getParent() != null) {
                parentLogins.add(a.getParent().getId());
            }
        }

        List<Sortable> found = new ArrayList<>();
        Set<Long> classesWithAssignments = new HashSet<>();
        for (TeachingAssignment a : assignments) {
            classesWithAssignments.add(a.getSchoolClass().getId());
        }
        for (SchoolClass c : classes) {
            if (c.getClassTeacher() == null) {
                found.add(classFinding(ReadinessKind.CLASS_WITHOUT_CLASS_TEACHER, c));
            }
            if (!classesWithAssignments.contains(c.getId())) {
                found.add(classFinding(ReadinessKind.CLASS_WITHOUT_ASSIGNMENTS, c));
            }
            if (!classesWithStudents.contains(c.getId())) {
                found.add(classFinding(ReadinessKind.CLASS_WITHOUT_STUDENTS, c));
            }
            if (!schemes.contains(c.getPeriodScheme())) {
                found.add(classFinding(ReadinessKind.CLASS_WITHOUT_PERIODS, c));
            }
        }
        for (TeachingAssignment a : assignments) {
            SchoolClass c = a.getSchoolClass();
            String label = Names.className(c) + " · " + Names.option(a).label();
            if (!planned.contains(a.getId())) {
                found.add(new Sortable(new ReadinessFinding(ReadinessKind.ASSIGNMENT_WITHOUT_TIMETABLE, a.getId(),
                        c.getId(), label), c.getGrade(), c.getLetter(), label));
            }
            if (a.getSubgroup() != null && !groupsWithMembers.contains(a.getSubgroup().getId())) {
                found.add(new Sortable(new ReadinessFinding(ReadinessKind.SUBGROUP_WITHOUT_MEMBERS, a.getId(),
                        c.getId(), label), c.getGrade(), c.getLetter(), label));
            }
        }
        for (Student s : students.values()) {
            SchoolClass c = classOf.get(s.getId());
            String name = Names.name(s).full();
            String label = name + " (" + Names.className(c) + ")";
            if (!parentsOf.containsKey(s.getId())) {
                found.add(new Sortable(new ReadinessFinding(ReadinessKind.STUDENT_WITHOUT_PARENTS, s.getId(), c.getId(),
                        label), c.getGrade(), c.getLetter(), name));
            }
            if (!studentLogins.contains(s.getId())) {
                found.add(new Sortable(new ReadinessFinding(ReadinessKind.STUDENT_WITHOUT_LOGIN, s.getId(), c.getId(),
                        label), c.getGrade(), c.getLetter(), name));
            }
        }
        for (Parent p : parents.values()) {
            if (!parentLogins.contains(p.getId())) {
                Student child = students.get(childOf.get(p.getId()));
                SchoolClass c = classOf.get(child.getId());
                String name = Names.name(p).full();
                String label = name + " — " + Names.name(child).shortForm() + " (" + Names.className(c) + ")";
                found.add(new Sortable(new ReadinessFinding(ReadinessKind.PARENT_WITHOUT_LOGIN, p.getId(), c.getId(),
                        label), c.getGrade(), c.getLetter(), name));
            }
        }
        Collator collator = Names.collator();
        found.sort(Comparator.<Sortable, ReadinessKind>comparing(s -> s.finding().kind())
                .thenComparingInt(Sortable::grade).thenComparing(Sortable::letter, collator)
                .thenComparing(Sortable::name, collator).thenComparingLong(s -> s.finding().objectId()));
        return new ReadinessReport(year.getId(), year.getName(), year.getStartDate(),
                found.stream().map(Sortable::finding).toList());
    }

    private static Sortable classFinding(ReadinessKind kind, SchoolClass c) {
        String name = Names.className(c);
        return new Sortable(new ReadinessFinding(kind, c.getId(), c.getId(), name), c.getGrade(), c.getLetter(), name);
    }
}

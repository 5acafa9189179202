package org.ejournal.roster.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.api.school.AssignmentEdit;
import org.ejournal.api.school.AssignmentInfo;
import org.ejournal.api.school.ClassEdit;
import org.ejournal.api.school.ClassInfo;
import org.ejournal.api.school.PeriodScheme;
import org.ejournal.api.school.StaffInfo;
import org.ejournal.api.school.StaffingService;
import org.ejournal.api.school.SubgroupInfo;
import org.ejournal.api.school.SubjectInfo;
import org.ejournal.api.school.StudentTutors;
import org.ejournal.api.school.SubstitutionInfo;
import org.ejournal.api.school.TutorAssignmentInfo;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.FinalMark;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.Subgroup;
import org.ejournal.store.model.SubgroupMember;
import org.ejournal.store.model.Subject;
import org.ejournal.store.model.Substitution;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.TimetableSlot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Classes, subjects, assignments, subgroups and substitutions from the store. Every call: the policy first
 * ({@code SCHOOL_SETUP_MANAGE} on the actor's school), objects looked up inside the school, every rule
 * checked before anything is changed, one commit (with its audit rows).
 */
@Component(service = StaffingService.class)
public final class StoreStaffingService implements StaffingService {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    private static final BigDecimal MAX_HOURS = new BigDecimal("40");

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreStaffingService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("today"). */
    StoreStaffingService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    // --- classes

    @Override
    public List<ClassInfo> classes(Actor actor, long yearId) {
        check(actor);
        ObjectContext context = store.newContext();
        AcademicYear year = SchoolScope.byId(context, AcademicYear.class, yearId, actor.schoolId(), "academicYear");
        List<SchoolClass> classes = ObjectSelect.query(SchoolClass.class).where(SchoolClass.ACADEMIC_YEAR.eq(year))
                .prefetch(SchoolClass.CLASS_TEACHER.joint()).select(context);
        Map<Long, Integer> counts = studentCounts(context, classes);
        return classes.stream().map(c -> info(c, counts.getOrDefault(c.getId(), 0)))
                .sorted(Comparator.comparingInt(ClassInfo::grade).thenComparing(ClassInfo::letter, RussianOrder.collator()))
                .toList();
    }

    private Map<Long, Integer> studentCounts(ObjectContext context, Collection<SchoolClass> classes) {
        Map<Long, Integer> counts = new HashMap<>();
        if (classes.isEmpty()) {
            return counts;
        }
        LocalDate today = LocalDate.now(clock);
        for (Enrollment e : ObjectSelect.query(Enrollment.class).where(Enrollment.SCHOOL_CLASS.in(classes))
                .and(Enrollment.START_DATE.lte(today))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(today))).select(context)) {
            counts.merge(e.getSchoolClass().getId(), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public ClassInfo createClass(Actor actor, long yearId, ClassEdit edit) {
        check(actor);
        ObjectContext context = store.newContext();
        AcademicYear year = SchoolScope.byId(context, AcademicYear.class, yearId, actor.schoolId(), "academicYear");
        SchoolClass c = context.newObject(SchoolClass.class);
        try {
            applyClass(context, actor, year, c, edit);
        } catch (RuntimeException e) {
            context.rollbackChanges();
            throw e;
        }
        c.setSchool(year.getSchool());
        c.setAcademicYear(year);
        context.commitChanges();
        return info(c, 0);
    }

    @Override
    public ClassInfo updateClass(Actor actor, long classId, ClassEdit edit) {
        check(actor);
        ObjectContext context = store.newContext();
        SchoolClass c = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        Long oldTeacher = c.getClassTeacher() == null ? null : c.getClassTeacher().getId();
        applyClass(context, actor, c.getAcademicYear(), c, edit);
        Long newTeacher = c.getClassTeacher() == null ? null : c.getClassTeacher().getId();
        if (!Objects.equals(oldTeacher, newTeacher)) {
            // The class teacher holds rights over the class's people: who changed it is kept.
            SetupAudit.write(context, clock, actor, c.getSchool(), "school_class", classId, "UPDATE", "class_teacher_id",
                    Objects.toString(oldTeacher, null), Objects.toString(newTeacher, null));
        }
        context.commitChanges();
        return info(c, studentCounts(context, List.of(c)).getOrDefault(c.getId(), 0));
    }

    private void applyClass(ObjectContext context, Actor actor, AcademicYear year, SchoolClass self, ClassEdit edit) {
        if (edit == null || edit.grade() < 1 || edit.grade() > 11) {
            throw new ValidationException(GRADE_INVALID);
        }
        String letter = edit.letter() == null ? "" : edit.letter().strip().toUpperCase(RU);
        if (letter.isEmpty() || letter.length() > 3 || !letter.chars().allMatch(Character::isLetter)) {
            throw new ValidationException(LETTER_INVALID);
        }
        for (SchoolClass other : ObjectSelect.query(SchoolClass.class).where(SchoolClass.ACADEMIC_YEAR.eq(year))
                .and(SchoolClass.GRADE.eq(edit.grade())).select(context)) {
            if (other != self && other.getLetter().equalsIgnoreCase(letter)) {
                throw new ValidationException(CLASS_EXISTS, edit.grade() + letter);
            }
        }
        Staff teacher = edit.classTeacherId() == null ? null : activeStaff(context, actor, edit.classTeacherId());
        self.setGrade(edit.grade());
        self.setLetter(letter);
        self.setClassTeacher(teacher);
        self.setPeriodScheme((edit.scheme() == null ? PeriodScheme.QUARTERS : edit.scheme()).name());
    }

    // --- staff and subjects

    @Override
    public List<StaffInfo> staff(Actor actor) {
        check(actor);
        return SchoolScope.select(Staff.class, actor.schoolId()).and(Staff.ACTIVE.isTrue()).select(store.newContext())
                .stream().map(s -> new StaffInfo(s.getId(), name(s), s.getPosition(), true))
                .sorted(Comparator.<StaffInfo, String>comparing(s -> s.name().full(), RussianOrder.collator())
                        .thenComparingLong(StaffInfo::id))
                .toList();
    }

    @Override
    public List<SubjectInfo> subjects(Actor actor) {
        check(actor);
        return SchoolScope.select(Subject.class, actor.schoolId()).select(store.newContext()).stream()
                .map(StoreStaffingService::info)
                .sorted(Comparator.comparingInt(SubjectInfo::sortOrder).thenComparing(SubjectInfo::name, RussianOrder.collator()))
                .toList();
    }

    @Override
    public SubjectInfo createSubject(Actor actor, String name, String shortName) {
        check(actor);
        ObjectContext context = store.newContext();
        String[] names = validateSubject(context, actor, null, name, shortName);
        int last = SchoolScope.select(Subject.class, actor.schoolId()).select(context).stream()
                .mapToInt(Subject::getSortOrder).max().orElse(0);
        Subject subject = context.newObject(Subject.class);
        subject.setSchool(org.apache.cayenne.Cayenne.objectForPK(context, School.class, actor.schoolId()));
        subject.setName(names[0]);
        subject.setShortName(names[1]);
        subject.setSortOrder(last + 1);
        context.commitChanges();
        return info(subject);
    }

    @Override
    public SubjectInfo updateSubject(Actor actor, long subjectId, String name, String shortName) {
        check(actor);
        ObjectContext context = store.newContext();
        Subject subject = SchoolScope.byId(context, Subject.class, subjectId, actor.schoolId(), "subject");
        String[] names = validateSubject(context, actor, subject, name, shortName);
        subject.setName(names[0]);
        subject.setShortName(names[1]);
        context.commitChanges();
        return info(subject);
    }

    private static String[] validateSubject(ObjectContext context, Actor actor, Subject self, String name,
                                            String shortName) {
        String clean = name == null ? "" : name.strip();
        String cleanShort = shortName == null || shortName.isBlank() ? clean : shortName.strip();
        if (cleanShort.length() > 30 && (shortName == null || shortName.isBlank())) {
            cleanShort = cleanShort.substring(0, 30).strip();
        }
        if (clean.isEmpty() || clean.length() > 100 || cleanShort.length() > 30) {
            throw new ValidationException(SUBJECT_NAME_REQUIRED);
        }
        for (Subject other : SchoolScope.select(Subject.class, actor.schoolId()).select(context)) {
            if (other != self && other.getName().equalsIgnoreCase(clean)) {
                throw new ValidationException(SUBJECT_EXISTS, clean);
            }
        }
        return new String[] {clean, cleanShort};
    }

    // --- assignments

    @Override
    public List<AssignmentInfo> assignments(Actor actor, long classId) {
        check(actor);
        ObjectContext context = store.newContext();
        SchoolClass c = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        return sorted(assignmentQuery().where(TeachingAssignment.SCHOOL_CLASS.eq(c)).select(context));
    }

    @Override
    public List<AssignmentInfo> yearAssignments(Actor actor, long yearId) {
        check(actor);
        ObjectContext context = store.newContext();
        AcademicYear year = SchoolScope.byId(context, AcademicYear.class, yearId, actor.schoolId(), "academicYear");
        return sorted(assignmentQuery().where(TeachingAssignment.ACADEMIC_YEAR.eq(year)).select(context));
    }

    private static ObjectSelect<TeachingAssignment> assignmentQuery() {
        return ObjectSelect.query(TeachingAssignment.class).prefetch(TeachingAssignment.SUBJECT.joint())
                .prefetch(TeachingAssignment.TEACHER.joint()).prefetch(TeachingAssignment.SCHOOL_CLASS.joint())
                .prefetch(TeachingAssignment.SUBGROUP.disjoint());
    }

    private static List<AssignmentInfo> sorted(List<TeachingAssignment> assignments) {
        Map<Long, Integer> subjectOrder = new HashMap<>();
        Map<Long, Integer> grades = new HashMap<>();
        assignments.forEach(a -> {
            subjectOrder.put(a.getSubject().getId(), a.getSubject().getSortOrder());
            grades.put(a.getSchoolClass().getId(), a.getSchoolClass().getGrade());
        });
        return assignments.stream().map(StoreStaffingService::info)
                .sorted(Comparator.comparingInt((AssignmentInfo a) -> grades.get(a.classId())) // 5А before 10А
                        .thenComparing(AssignmentInfo::className, RussianOrder.collator())
                        .thenComparingInt(a -> subjectOrder.getOrDefault(a.subjectId(), 0))
                        .thenComparing(AssignmentInfo::subjectName, RussianOrder.collator())
                        .thenComparing(AssignmentInfo::subgroupName, RussianOrder.collator())
                        .thenComparingLong(AssignmentInfo::id))
                .toList();
    }

    @Override
    public AssignmentInfo createAssignment(Actor actor, AssignmentEdit edit) {
        check(actor);
        Objects.requireNonNull(edit, "edit");
        ObjectContext context = store.newContext();
        SchoolClass c = SchoolScope.byId(context, SchoolClass.class, edit.classId(), actor.schoolId(), "schoolClass");
        Subject subject = SchoolScope.byId(context, Subject.class, edit.subjectId(), actor.schoolId(), "subject");
        BigDecimal hours = validateHours(edit.hoursPerWeek());
        Staff teacher = activeStaff(context, actor, edit.teacherId());
        Subgroup subgroup = null;
        if (edit.subgroupId() != null) {
            subgroup = SchoolScope.select(Subgroup.class, actor.schoolId())
                    .and(Subgroup.ID_PK_PROPERTY.eq(edit.subgroupId())).selectOne(context);
            if (subgroup == null || subgroup.getSchoolClass() != c || subgroup.getSubject() != subject
                    || !Boolean.TRUE.equals(subgroup.getActive())) {
                throw new ValidationException(SUBGROUP_MISMATCH);
            }
        }
        for (TeachingAssignment other : ObjectSelect.query(TeachingAssignment.class)
                .where(TeachingAssignment.SCHOOL_CLASS.eq(c)).and(TeachingAssignment.SUBJECT.eq(subject)).select(context)) {
            if (other.getSubgroup() == subgroup) {
                throw new ValidationException(ASSIGNMENT_EXISTS, info(other).label());
            }
        }
        TeachingAssignment a = context.newObject(TeachingAssignment.class);
        a.setSchool(c.getSchool());
        a.setAcademicYear(c.getAcademicYear());
        a.setSchoolClass(c);
        a.setSubgroup(subgroup);
        a.setSubject(subject);
        a.setTeacher(teacher);
        a.setHoursPerWeek(hours);
        context.commitChanges();
        return info(a);
    }

    @Override
    public AssignmentInfo updateAssignment(Actor actor, long assignmentId, long teacherId, BigDecimal hoursPerWeek) {
        check(actor);
        ObjectContext context = store.newContext();
        TeachingAssignment a = SchoolScope.byId(context, TeachingAssignment.class, assignmentId, actor.schoolId(),
                "assignment");
        BigDecimal hours = validateHours(hoursPerWeek);
        Staff teacher = activeStaff(context, actor, teacherId);
        if (a.getTeacher() != teacher) {
            SetupAudit.write(context, clock, actor, a.getSchool(), "teaching_assignment", assignmentId, "UPDATE",
                    "teacher_id", String.valueOf(a.getTeacher().getId()), String.valueOf(teacherId));
            a.setTeacher(teacher);
        }
        if (a.getHoursPerWeek() == null || a.getHoursPerWeek().compareTo(hours) != 0) {
            SetupAudit.write(context, clock, actor, a.getSchool(), "teaching_assignment", assignmentId, "UPDATE",
                    "hours_per_week", Objects.toString(a.getHoursPerWeek(), null), hours.toPlainString());
            a.setHoursPerWeek(hours);
        }
        context.commitChanges();
        return info(a);
    }

    @Override
    public void removeAssignment(Actor actor, long assignmentId) {
        check(actor);
        ObjectContext context = store.newContext();
        TeachingAssignment a = SchoolScope.byId(context, TeachingAssignment.class, assignmentId, actor.schoolId(),
                "assignment");
        long references = ObjectSelect.query(Lesson.class).where(Lesson.ASSIGNMENT.eq(a)).selectCount(context)
                + ObjectSelect.query(TimetableSlot.class).where(TimetableSlot.ASSIGNMENT.eq(a)).selectCount(context)
                + ObjectSelect.query(FinalMark.class).where(FinalMark.ASSIGNMENT.eq(a)).selectCount(context)
                + ObjectSelect.query(Substitution.class).where(Substitution.ASSIGNMENT.eq(a)).selectCount(context);
        if (references > 0) {
            throw new ValidationException(ASSIGNMENT_IN_USE, info(a).label());
        }
        AssignmentInfo old = info(a);
        SetupAudit.write(context, clock, actor, a.getSchool(), "teaching_assignment", assignmentId, "DELETE", "",
                old.label() + ", " + old.teacherName().full() + ", " + old.hoursPerWeek().toPlainString(), null);
        context.deleteObject(a);
        context.commitChanges();
    }

    private static BigDecimal validateHours(BigDecimal hours) {
        if (hours == null || hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0
                || hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            throw new ValidationException(HOURS_INVALID);
        }
        return hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    // --- subgroups

    @Override
    public List<SubgroupInfo> subgroups(Actor actor, long classId) {
        check(actor);
        ObjectContext context = store.newContext();
        SchoolClass c = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        return ObjectSelect.query(Subgroup.class).where(Subgroup.SCHOOL_CLASS.eq(c))
                .prefetch(Subgroup.SUBJECT.joint()).prefetch(Subgroup.MEMBERS.disjoint())
                .prefetch(Subgroup.MEMBERS.dot(SubgroupMember.STUDENT).disjoint()).select(context).stream()
                .sorted(Comparator.comparingInt((Subgroup g) -> g.getSubject().getSortOrder())
                        .thenComparing(g -> g.getSubject().getName(), RussianOrder.collator())
                        .thenComparing(Subgroup::getName, RussianOrder.collator()))
                .map(StoreStaffingService::info).toList();
    }

    @Override
    public SubgroupInfo createSubgroup(Actor actor, long classId, long subjectId, String name) {
        check(actor);
        ObjectContext context = store.newContext();
        SchoolClass c = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        Subject subject = SchoolScope.byId(context, Subject.class, subjectId, actor.schoolId(), "subject");
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 50) {
            throw new ValidationException(SUBGROUP_NAME_INVALID, clean);
        }
        for (Subgroup other : ObjectSelect.query(Subgroup.class).where(Subgroup.SCHOOL_CLASS.eq(c))
                .and(Subgroup.SUBJECT.eq(subject)).select(context)) {
            if (other.getName().equalsIgnoreCase(clean)) {
                throw new ValidationException(SUBGROUP_NAME_INVALID, clean);
            }
        }
        Subgroup g = context.newObject(Subgroup.class);
        g.setSchool(c.getSchool());
        g.setSchoolClass(c);
        g.setSubject(subject);
        g.setName(clean);
        context.commitChanges();
        return info(g);
    }

    @Override
    public SubgroupInfo setMembers(Actor actor, long subgroupId, Set<Long> studentIds, LocalDate onDate) {
        check(actor);
        ObjectContext context = store.newContext();
        Subgroup g = SchoolScope.byId(context, Subgroup.class, subgroupId, actor.schoolId(), "subgroup");
        if (!Boolean.TRUE.equals(g.getActive())) {
            throw new ValidationException(SUBGROUP_MISMATCH);
        }
        LocalDate from = onDate == null ? LocalDate.now(clock) : onDate;
        Set<Long> wanted = new LinkedHashSet<>(studentIds == null ? Set.of() : studentIds);
        // Enrolled in the class on the date or later (an arrival later this year counts, a departure before does not).
        Set<Long> enrolled = new java.util.HashSet<>();
        for (Enrollment e : ObjectSelect.query(Enrollment.class).where(Enrollment.SCHOOL_CLASS.eq(g.getSchoolClass()))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(from))).select(context)) {
            enrolled.add(e.getStudent().getId());
        }
        Map<Long, Student> students = new HashMap<>();
        for (Long id : wanted) {
            Student s = SchoolScope.select(Student.class, actor.schoolId()).and(Student.ID_PK_PROPERTY.eq(id))
                    .selectOne(context);
            if (s == null || !enrolled.contains(id)) {
                throw new ValidationException(MEMBER_NOT_ENROLLED, s == null ? String.valueOf(id) : name(s).full());
            }
            students.put(id, s);
        }
        for (Subgroup other : ObjectSelect.query(Subgroup.class).where(Subgroup.SCHOOL_CLASS.eq(g.getSchoolClass()))
                .and(Subgroup.SUBJECT.eq(g.getSubject())).and(Subgroup.ACTIVE.isTrue()).select(context)) {
            if (other == g) {
                continue;
            }
            for (SubgroupMember m : other.getMembers()) {
                if (wanted.contains(m.getStudent().getId())) {
                    throw new ValidationException(MEMBER_IN_OTHER_SUBGROUP, name(m.getStudent()).full(), other.getName());
                }
            }
        }
        for (SubgroupMember m : new ArrayList<>(g.getMembers())) {
            Student s = m.getStudent();
            if (!wanted.remove(s.getId())) {
                SetupAudit.write(context, clock, actor, g.getSchool(), "subgroup", subgroupId, "DELETE", "member",
                        s.getId() + " " + name(s).full(), null);
                context.deleteObject(m);
            }
        }
        for (Long id : wanted) {
            SubgroupMember m = context.newObject(SubgroupMember.class);
            m.setSchool(g.getSchool());
            m.setSubgroup(g);
            m.setStudent(students.get(id));
            SetupAudit.write(context, clock, actor, g.getSchool(), "subgroup", subgroupId, "INSERT", "member", null,
                    id + " " + name(students.get(id)).full());
        }
        context.commitChanges();
        return info(g);
    }

    @Override
    public void deactivateSubgroup(Actor actor, long subgroupId) {
        check(actor);
        ObjectContext context = store.newContext();
        Subgroup g = SchoolScope.byId(context, Subgroup.class, subgroupId, actor.schoolId(), "subgroup");
        TeachingAssignment user = ObjectSelect.query(TeachingAssignment.class).where(TeachingAssignment.SUBGROUP.eq(g))
                .selectFirst(context);
        if (user != null) {
            throw new ValidationException(SUBGROUP_IN_USE, info(user).label());
        }
        if (!Boolean.TRUE.equals(g.getActive())) {
            return;
        }
        g.setActive(false);
        SetupAudit.write(context, clock, actor, g.getSchool(), "subgroup", subgroupId, "UPDATE", "active", "true", "false");
        context.commitChanges();
    }

    // --- substitutions

    @Override
    public List<SubstitutionInfo> substitutions(Actor actor, long yearId) {
        check(actor);
        ObjectContext context = store.newContext();
        AcademicYear year = SchoolScope.byId(context, AcademicYear.class, yearId, actor.schoolId(), "academicYear");
        return ObjectSelect.query(Substitution.class)
                .where(Substitution.ASSIGNMENT.dot(TeachingAssignment.ACADEMIC_YEAR).eq(year))
                .prefetch(Substitution.SUBSTITUTE.joint()).prefetch(Substitution.ASSIGNMENT.joint())
                .orderBy(Substitution.START_DATE.desc(), Substitution.ID_PK_PROPERTY.desc())
                .select(context).stream().map(StoreStaffingService::info).toList();
    }

    @Override
    public SubstitutionInfo createSubstitution(Actor actor, long assignmentId, long substituteId, LocalDate start,
                                               LocalDate end, String reason) {
        check(actor);
        ObjectContext context = store.newContext();
        TeachingAssignment a = SchoolScope.byId(context, TeachingAssignment.class, assignmentId, actor.schoolId(),
                "assignment");
        AcademicYear year = a.getAcademicYear();
        if (start == null || end == null || start.isAfter(end) || start.isBefore(year.getStartDate())
                || end.isAfter(year.getEndDate())) {
            throw new ValidationException(SUBSTITUTION_DATES_INVALID, year.getName());
        }
        Staff substitute = activeStaff(context, actor, substituteId);
        if (substitute == a.getTeacher()) {
            throw new ValidationException(SUBSTITUTE_IS_TEACHER);
        }
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.length() > 300) {
            throw new ValidationException(REASON_TOO_LONG);
        }
        for (Substitution other : ObjectSelect.query(Substitution.class).where(Substitution.ASSIGNMENT.eq(a))
                .and(Substitution.CANCELLED_AT.isNull()).select(context)) {
            if (!start.isAfter(other.getEndDate()) && !end.isBefore(other.getStartDate())) {
                throw new ValidationException(SUBSTITUTION_OVERLAP, name(other.getSubstitute()).full(),
                        other.getStartDate().format(DATE), other.getEndDate().format(DATE));
            }
        }
        Substitution s = context.newObject(Substitution.class);
        s.setSchool(a.getSchool());
        s.setAssignment(a);
        s.setSubstitute(substitute);
        s.setStartDate(start);
        s.setEndDate(end);
        s.setReason(cleanReason);
        s.setCreatedBy(actor.accountId());
        // Audited on the assignment (the substitution's id exists only after the insert): one commit.
        SetupAudit.write(context, clock, actor, a.getSchool(), "teaching_assignment", assignmentId, "INSERT",
                "substitution", null, "substitute " + substituteId + ", " + start + ".." + end);
        context.commitChanges();
        return info(s);
    }

    @Override
    public SubstitutionInfo cancelSubstitution(Actor actor, long substitutionId) {
        check(actor);
        ObjectContext context = store.newContext();
        Substitution s = SchoolScope.byId(context, Substitution.class, substitutionId, actor.schoolId(), "substitution");
        if (s.getCancelledAt() != null) {
            throw new ValidationException(SUBSTITUTION_CANCELLED);
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        s.setCancelledAt(now);
        s.setCancelledBy(actor.accountId());
        SetupAudit.write(context, clock, actor, s.getSchool(), "substitution", substitutionId, "UPDATE", "cancelled_at",
                null, now.toString());
        context.commitChanges();
        return info(s);
    }

    // --- tutors (table tutor_student has no entity: plain JDBC, the row and its audit in one transaction)

    private static final String TUTOR_ROWS = "SELECT t.id, t.tutor_id, t.student_id, t.start_date, t.end_date,"
            + " f.last_name AS f_last, f.first_name AS f_first, f.middle_name AS f_middle,"
            + " s.last_name AS s_last, s.first_name AS s_first, s.middle_name AS s_middle"
            + " FROM tutor_student t JOIN staff f ON f.id = t.tutor_id JOIN student s ON s.id = t.student_id"
            + " WHERE t.school_id = ?";

    @Override
    public List<StudentTutors> tutorAssignments(Actor actor, long classId) {
        check(actor);
        ObjectContext context = store.newContext();
        SchoolClass c = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        LocalDate today = LocalDate.now(clock);
        Map<Long, StudentSummary> students = new HashMap<>();
        for (Enrollment e : ObjectSelect.query(Enrollment.class).where(Enrollment.SCHOOL_CLASS.eq(c))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(today)))
                .prefetch(Enrollment.STUDENT.joint()).select(context)) {
            students.put(e.getStudent().getId(), new StudentSummary(e.getStudent().getId(), name(e.getStudent())));
        }
        Map<Long, List<TutorAssignmentInfo>> rows = new HashMap<>();
        if (!students.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(students.size(), "?"));
            try (java.sql.Connection con = store.dataSource().getConnection();
                 java.sql.PreparedStatement st = con.prepareStatement(TUTOR_ROWS + " AND t.student_id IN (" + in + ")")) {
                st.setLong(1, actor.schoolId());
                int i = 2;
                for (Long id : students.keySet()) {
                    st.setLong(i++, id);
                }
                try (java.sql.ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        TutorAssignmentInfo t = tutorRow(r);
                        rows.computeIfAbsent(t.studentId(), k -> new ArrayList<>()).add(t);
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("tutor rows of class " + classId, e);
            }
        }
        return students.values().stream().sorted(RussianOrder.students())
                .map(st -> new StudentTutors(st, rows.getOrDefault(st.id(), List.of()).stream()
                        .sorted(Comparator.comparing(TutorAssignmentInfo::start).reversed()
                                .thenComparing(Comparator.comparingLong(TutorAssignmentInfo::id).reversed()))
                        .toList()))
                .toList();
    }

    @Override
    public List<StaffInfo> tutors(Actor actor) {
        check(actor);
        Set<Long> ids = tutorIds(actor.schoolId());
        return staff(actor).stream().filter(s -> ids.contains(s.id())).toList();
    }

    /** Staff ids with an active account holding TUTOR in the school. */
    private Set<Long> tutorIds(long schoolId) {
        Set<Long> ids = new java.util.HashSet<>();
        try (java.sql.Connection con = store.dataSource().getConnection();
             java.sql.PreparedStatement st = con.prepareStatement("SELECT a.staff_id FROM user_account a"
                     + " JOIN account_role r ON r.account_id = a.id AND r.role = 'TUTOR' AND r.school_id = a.school_id"
                     + " JOIN staff f ON f.id = a.staff_id AND f.active = TRUE"
                     + " WHERE a.school_id = ? AND a.active = TRUE AND a.staff_id IS NOT NULL")) {
            st.setLong(1, schoolId);
            try (java.sql.ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("tutors of school " + schoolId, e);
        }
        return ids;
    }

    @Override
    public TutorAssignmentInfo assignTutor(Actor actor, long tutorStaffId, long studentId, LocalDate fromDate) {
        check(actor);
        if (!tutorIds(actor.schoolId()).contains(tutorStaffId)) {
            throw new ValidationException(NOT_A_TUTOR);
        }
        ObjectContext context = store.newContext();
        Student student = SchoolScope.select(Student.class, actor.schoolId()).and(Student.ID_PK_PROPERTY.eq(studentId))
                .selectOne(context);
        if (student == null) {
            throw new ValidationException(TUTOR_STUDENT_UNKNOWN);
        }
        if (fromDate == null || yearOf(context, actor, fromDate) == null) {
            throw new ValidationException(TUTOR_DATES_INVALID);
        }
        return inTransaction(con -> {
            try (java.sql.PreparedStatement st = con.prepareStatement(TUTOR_ROWS
                    + " AND t.tutor_id = ? AND t.student_id = ? AND (t.end_date IS NULL OR t.end_date >= ?) FOR UPDATE")) {
                st.setLong(1, actor.schoolId());
                st.setLong(2, tutorStaffId);
                st.setLong(3, studentId);
                st.setObject(4, fromDate);
                try (java.sql.ResultSet r = st.executeQuery()) {
                    if (r.next()) {
                        TutorAssignmentInfo other = tutorRow(r);
                        throw new ValidationException(TUTOR_OVERLAP, other.start().format(DATE),
                                other.end() == null ? "…" : other.end().format(DATE));
                    }
                }
            }
            long id;
            try (java.sql.PreparedStatement st = con.prepareStatement("INSERT INTO tutor_student"
                    + " (school_id, tutor_id, student_id, start_date, end_date) VALUES (?, ?, ?, ?, NULL)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                st.setLong(1, actor.schoolId());
                st.setLong(2, tutorStaffId);
                st.setLong(3, studentId);
                st.setObject(4, fromDate);
                st.executeUpdate();
                try (java.sql.ResultSet k = st.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            audit(con, actor, id, "INSERT", "", null,
                    "tutor " + tutorStaffId + ", student " + studentId + ", from " + fromDate);
            return readRow(con, actor, id);
        });
    }

    @Override
    public TutorAssignmentInfo endTutor(Actor actor, long assignmentRowId, LocalDate lastDay) {
        check(actor);
        ObjectContext context = store.newContext();
        return inTransaction(con -> {
            TutorAssignmentInfo row = readRow(con, actor, assignmentRowId);
            if (row.end() != null) {
                throw new ValidationException(TUTOR_ENDED, row.end().format(DATE));
            }
            if (lastDay == null || lastDay.isBefore(row.start()) || yearOf(context, actor, lastDay) == null) {
                throw new ValidationException(TUTOR_DATES_INVALID);
            }
            try (java.sql.PreparedStatement st = con.prepareStatement(
                    "UPDATE tutor_student SET end_date = ? WHERE id = ? AND school_id = ?")) {
                st.setObject(1, lastDay);
                st.setLong(2, assignmentRowId);
                st.setLong(3, actor.schoolId());
                st.executeUpdate();
            }
            audit(con, actor, assignmentRowId, "UPDATE", "end_date", null, lastDay.toString());
            return readRow(con, actor, assignmentRowId);
        });
    }

    private static AcademicYear yearOf(ObjectContext context, Actor actor, LocalDate day) {
        return SchoolScope.select(AcademicYear.class, actor.schoolId()).and(AcademicYear.START_DATE.lte(day))
                .and(AcademicYear.END_DATE.gte(day)).selectFirst(context);
    }

    private interface JdbcWork<T> {
        T run(java.sql.Connection con) throws java.sql.SQLException;
    }

    private <T> T inTransaction(JdbcWork<T> work) {
        try (java.sql.Connection con = store.dataSource().getConnection()) {
            boolean auto = con.getAutoCommit();
            con.setAutoCommit(false);
            try {
                T result = work.run(con);
                con.commit();
                return result;
            } catch (RuntimeException | java.sql.SQLException e) {
                con.rollback();
                throw e;
            } finally {
                con.setAutoCommit(auto);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("tutor_student", e);
        }
    }

    private static TutorAssignmentInfo readRow(java.sql.Connection con, Actor actor, long id) throws java.sql.SQLException {
        try (java.sql.PreparedStatement st = con.prepareStatement(TUTOR_ROWS + " AND t.id = ?")) {
            st.setLong(1, actor.schoolId());
            st.setLong(2, id);
            try (java.sql.ResultSet r = st.executeQuery()) {
                if (!r.next()) {
                    throw new org.ejournal.api.NotFoundException("tutorAssignment", id);
                }
                return tutorRow(r);
            }
        }
    }

    private static TutorAssignmentInfo tutorRow(java.sql.ResultSet r) throws java.sql.SQLException {
        return new TutorAssignmentInfo(r.getLong("id"), r.getLong("tutor_id"),
                new PersonName(r.getString("f_last"), r.getString("f_first"), r.getString("f_middle")),
                r.getLong("student_id"),
                new PersonName(r.getString("s_last"), r.getString("s_first"), r.getString("s_middle")),
                r.getObject("start_date", LocalDate.class), r.getObject("end_date", LocalDate.class));
    }

    private void audit(java.sql.Connection con, Actor actor, long id, String action, String field, String oldValue,
                       String newValue) throws java.sql.SQLException {
        try (java.sql.PreparedStatement st = con.prepareStatement("INSERT INTO audit_event (school_id, occurred_at,"
                + " account_id, entity, entity_id, action, field, old_value, new_value)"
                + " VALUES (?, ?, ?, 'tutor_student', ?, ?, ?, ?, ?)")) {
            st.setLong(1, actor.schoolId());
            st.setObject(2, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            st.setObject(3, actor.accountId());
            st.setLong(4, id);
            st.setString(5, action);
            st.setString(6, field);
            st.setString(7, oldValue);
            st.setString(8, newValue);
            st.executeUpdate();
        }
    }

    // --- helpers

    private void check(Actor actor) {
        policy.check(actor, Operation.SCHOOL_SETUP_MANAGE, actor.schoolId());
    }

    /** An active staff member of the actor's school; unknown, foreign or deactivated ones are refused alike. */
    private static Staff activeStaff(ObjectContext context, Actor actor, long staffId) {
        Staff s = SchoolScope.select(Staff.class, actor.schoolId()).and(Staff.ID_PK_PROPERTY.eq(staffId)).selectOne(context);
        if (s == null || !Boolean.TRUE.equals(s.getActive())) {
            throw new ValidationException(STAFF_INACTIVE);
        }
        return s;
    }

    private static PersonName name(Staff s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    private static PersonName name(Student s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    static ClassInfo info(SchoolClass c, int students) {
        Staff t = c.getClassTeacher();
        return new ClassInfo(c.getId(), c.getAcademicYear().getId(), c.getGrade(), c.getLetter(),
                t == null ? null : t.getId(), t == null ? "" : name(t).full(),
                StoreSchoolYearService.schemeOf(c.getPeriodScheme()), students);
    }

    static SubjectInfo info(Subject s) {
        return new SubjectInfo(s.getId(), s.getName(), s.getShortName(), s.getSortOrder());
    }

    static AssignmentInfo info(TeachingAssignment a) {
        SchoolClass c = a.getSchoolClass();
        Subgroup g = a.getSubgroup();
        return new AssignmentInfo(a.getId(), a.getAcademicYear().getId(), c.getId(), c.getGrade() + c.getLetter(),
                g == null ? null : g.getId(), g == null ? "" : g.getName(), a.getSubject().getId(),
                a.getSubject().getName(), a.getTeacher().getId(), name(a.getTeacher()), a.getHoursPerWeek());
    }

    static SubgroupInfo info(Subgroup g) {
        List<StudentSummary> members = g.getMembers().stream()
                .map(m -> new StudentSummary(m.getStudent().getId(), name(m.getStudent())))
                .sorted(RussianOrder.students()).toList();
        return new SubgroupInfo(g.getId(), g.getSchoolClass().getId(), g.getSubject().getId(), g.getSubject().getName(),
                g.getName(), Boolean.TRUE.equals(g.getActive()), members);
    }

    static SubstitutionInfo info(Substitution s) {
        return new SubstitutionInfo(s.getId(), info(s.getAssignment()), s.getSubstitute().getId(),
                name(s.getSubstitute()), s.getStartDate(), s.getEndDate(), s.getReason(), s.getCancelledAt());
    }
}

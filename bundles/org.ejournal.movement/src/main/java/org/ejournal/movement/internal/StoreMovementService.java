package org.ejournal.movement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.cayenne.CayenneRuntimeException;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.exp.Expression;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.movement.ClassChoice;
import org.ejournal.api.movement.DepartureCause;
import org.ejournal.api.movement.EnrollmentRecord;
import org.ejournal.api.movement.Movement;
import org.ejournal.api.movement.MovementService;
import org.ejournal.api.movement.MovementStudent;
import org.ejournal.api.roster.PersonName;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Student;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Movement from the store. Each movement is one transaction: the checks first (nothing is written when
 * one fails), then the stay rows and one {@code audit_event} row. A stay is ended, never deleted.
 *
 * <p>A transfer ends the old stay and then starts the new one: two commits of one context inside one
 * transaction ({@code performInTransaction}), so the old row is closed before the new one is inserted.
 *
 * <p>Two users moving the same student at once: every write transaction first locks the student's row
 * ({@code SELECT ... FOR UPDATE}), so the second waits until the first has committed, then finds that the
 * open stay it checked is no longer the open stay and is refused with {@link #CHANGED_MEANWHILE}: nothing of
 * it is written and the student never has two open stays.
 */
@Component(service = MovementService.class)
public final class StoreMovementService implements MovementService {

    static final String ARRIVED = "ARRIVED";
    static final String TRANSFERRED = "TRANSFERRED";
    static final String LEFT = "LEFT";

    private static final int SEARCH_LIMIT = 50;
    private static final int NOTE_LENGTH = 300;
    private static final int NAME_LENGTH = 100;

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;
    private final Runnable whileLocked;

    @Activate
    public StoreMovementService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests (audit times). */
    StoreMovementService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this(store, policy, clock, () -> { });
    }

    /** With a step run inside the write transaction right after the student's row is locked (race tests). */
    StoreMovementService(StoreRuntime store, AccessPolicy policy, Clock clock, Runnable whileLocked) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.whileLocked = whileLocked;
    }

    @Override
    public List<MovementStudent> search(Actor actor, String text) {
        check(actor);
        String prefix = text == null ? "" : text.strip().replace("%", "").replace("_", "");
        if (prefix.isEmpty()) {
            return List.of();
        }
        ObjectContext context = store.newContext();
        String pattern = prefix + "%";
        Expression byName = Student.LAST_NAME.likeIgnoreCase(pattern).orExp(Student.FIRST_NAME.likeIgnoreCase(pattern))
                .orExp(Student.MIDDLE_NAME.likeIgnoreCase(pattern));
        List<Student> students = SchoolScope.select(Student.class, actor.schoolId()).and(byName).limit(200)
                .select(context);
        Map<Long, String> current = new HashMap<>();
        if (!students.isEmpty()) {
            for (Enrollment e : SchoolScope.select(Enrollment.class, actor.schoolId())
                    .and(Enrollment.STUDENT.in(students)).and(Enrollment.END_DATE.isNull())
                    .prefetch(Enrollment.SCHOOL_CLASS.joint()).select(context)) {
                current.put(e.getStudent().getId(), Support.className(e.getSchoolClass()));
            }
        }
        List<MovementStudent> found = new ArrayList<>();
        for (Student s : students) {
            found.add(new MovementStudent(s.getId(), Support.name(s), current.get(s.getId()),
                    Boolean.TRUE.equals(s.getActive())));
        }
        found.sort(Comparator.<MovementStudent, String>comparing(m -> m.name().full(), Support.collator())
                .thenComparingLong(MovementStudent::id));
        return found.size() > SEARCH_LIMIT ? List.copyOf(found.subList(0, SEARCH_LIMIT)) : List.copyOf(found);
    }

    @Override
    public List<ClassChoice> classes(Actor actor, LocalDate date) {
        check(actor);
        if (date == null) {
            throw new ValidationException(DATE_REQUIRED);
        }
        ObjectContext context = store.newContext();
        List<SchoolClass> classes = SchoolScope.select(SchoolClass.class, actor.schoolId())
                .and(SchoolClass.ACADEMIC_YEAR.dot(AcademicYear.START_DATE).lte(date))
                .and(SchoolClass.ACADEMIC_YEAR.dot(AcademicYear.END_DATE).gte(date))
                .prefetch(SchoolClass.ACADEMIC_YEAR.joint()).select(context);
        return classes.stream()
                .sorted(Comparator.comparing(SchoolClass::getGrade).thenComparing(SchoolClass::getLetter, Support.collator()))
                .map(c -> new ClassChoice(c.getId(), Support.className(c), c.getGrade(), c.getAcademicYear().getId(),
                        c.getAcademicYear().getName()))
                .toList();
    }

    @Override
    public List<EnrollmentRecord> history(Actor actor, long studentId) {
        check(actor);
        ObjectContext context = store.newContext();
        Student student = SchoolScope.byId(context, Student.class, studentId, actor.schoolId(), "student");
        return stays(student).stream().map(StoreMovementService::record).toList();
    }

    @Override
    public EnrollmentRecord arrive(Actor actor, long studentId, long classId, LocalDate date, String from) {
        check(actor);
        ObjectContext context = store.newContext();
        Student student = SchoolScope.byId(context, Student.class, studentId, actor.schoolId(), "student");
        SchoolClass target = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        List<Enrollment> stays = stays(student);
        Enrollment open = open(stays);
        if (open != null) {
            throw new ValidationException(ALREADY_ENROLLED, Support.className(open.getSchoolClass()),
                    Support.date(open.getStartDate()));
        }
        requireInYear(date, target);
        LocalDate lastEnd = stays.stream().map(Enrollment::getEndDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (lastEnd != null && !date.isAfter(lastEnd)) {
            throw new ValidationException(DATE_BEFORE_LAST_END, Support.date(lastEnd));
        }
        String note = note(from, false);
        Enrollment stay = newStay(context, student, target, date, ARRIVED, note);
        Support.audit(context, clock, actor, student.getSchool(), "student", studentId, "INSERT", "enrollment", null,
                describeStart(target, date, ARRIVED, note));
        write(context, studentId, null, () -> {
            context.commitChanges();
            return null;
        });
        return record(stay);
    }

    @Override
    public long arriveNew(Actor actor, PersonName name, String gender, long classId, LocalDate date, String from) {
        check(actor);
        if (name == null || name.lastName().isBlank() || name.firstName().isBlank()
                || name.lastName().strip().length() > NAME_LENGTH || name.firstName().strip().length() > NAME_LENGTH
                || name.middleName().strip().length() > NAME_LENGTH) {
            throw new ValidationException(NAME_REQUIRED);
        }
        if (!"M".equals(gender) && !"F".equals(gender)) {
            throw new ValidationException(GENDER_INVALID);
        }
        ObjectContext context = store.newContext();
        SchoolClass target = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        requireInYear(date, target);
        String note = note(from, false);
        School school = target.getSchool();
        Student student = context.newObject(Student.class);
        student.setSchool(school);
        student.setLastName(name.lastName().strip());
        student.setFirstName(name.firstName().strip());
        student.setMiddleName(name.middleName().strip());
        student.setGender(gender);
        newStay(context, student, target, date, ARRIVED, note);
        // The new student's id is known only after the insert: the arrival is audited on the class.
        Support.audit(context, clock, actor, school, "school_class", classId, "INSERT", "enrollment", null,
                Support.name(student).full() + ": " + describeStart(target, date, ARRIVED, note));
        context.commitChanges();
        return student.getId();
    }

    @Override
    public EnrollmentRecord depart(Actor actor, long studentId, LocalDate lastDay, DepartureCause cause,
                                   String destination) {
        check(actor);
        ObjectContext context = store.newContext();
        Student student = SchoolScope.byId(context, Student.class, studentId, actor.schoolId(), "student");
        Enrollment open = open(stays(student));
        if (open == null) {
            throw new ValidationException(NOT_ENROLLED);
        }
        requireInYear(lastDay, open.getSchoolClass());
        if (lastDay.isBefore(open.getStartDate())) {
            throw new ValidationException(DATE_BEFORE_START, Support.date(open.getStartDate()),
                    Support.date(open.getStartDate()));
        }
        if (cause == null) {
            throw new ValidationException(CAUSE_REQUIRED);
        }
        String note = note(destination, true);
        String before = describe(open);
        open.setEndDate(lastDay);
        open.setEndReason(LEFT);
        open.setEndCause(cause.name());
        open.setEndNote(note);
        Support.audit(context, clock, actor, student.getSchool(), "student", studentId, "UPDATE", "enrollment", before,
                describe(open));
        write(context, studentId, open, () -> {
            context.commitChanges();
            return null;
        });
        return record(open);
    }

    @Override
    public EnrollmentRecord transfer(Actor actor, long studentId, long toClassId, LocalDate effectiveDate) {
        check(actor);
        ObjectContext context = store.newContext();
        Student student = SchoolScope.byId(context, Student.class, studentId, actor.schoolId(), "student");
        SchoolClass target = SchoolScope.byId(context, SchoolClass.class, toClassId, actor.schoolId(), "schoolClass");
        Enrollment open = open(stays(student));
        if (open == null) {
            throw new ValidationException(NOT_ENROLLED);
        }
        SchoolClass current = open.getSchoolClass();
        if (current.getId() == target.getId()) {
            throw new ValidationException(SAME_CLASS, Support.className(current));
        }
        if (current.getAcademicYear().getId() != target.getAcademicYear().getId()) {
            throw new ValidationException(OTHER_YEAR, Support.className(target), target.getAcademicYear().getName(),
                    current.getAcademicYear().getName());
        }
        requireInYear(effectiveDate, target);
        if (!effectiveDate.isAfter(open.getStartDate())) {
            throw new ValidationException(DATE_BEFORE_START, Support.date(open.getStartDate().plusDays(1)),
                    Support.date(open.getStartDate()));
        }
        String before = describe(open);
        open.setEndDate(effectiveDate.minusDays(1));
        open.setEndReason(TRANSFERRED);
        open.setEndNote(Support.className(target));
        Support.audit(context, clock, actor, student.getSchool(), "student", studentId, "UPDATE", "enrollment", before,
                describe(open));
        Enrollment created = write(context, studentId, open, () -> {
            // The old stay is closed first, then the new one starts: never two open stays in the table.
            context.commitChanges();
            Enrollment stay = newStay(context, student, target, effectiveDate, TRANSFERRED, Support.className(current));
            Support.audit(context, clock, actor, student.getSchool(), "student", studentId, "INSERT", "enrollment", null,
                    describeStart(target, effectiveDate, TRANSFERRED, Support.className(current)));
            context.commitChanges();
            return stay;
        });
        return record(created);
    }

    @Override
    public List<Movement> movements(Actor actor, LocalDate from, LocalDate to) {
        check(actor);
        if (from == null || to == null) {
            throw new ValidationException(DATE_REQUIRED);
        }
        if (to.isBefore(from)) {
            throw new ValidationException(PERIOD_INVALID, Support.date(from), Support.date(to));
        }
        ObjectContext context = store.newContext();
        Expression starts = Enrollment.START_DATE.between(from, to)
                .andExp(Enrollment.START_REASON.in(ARRIVED, TRANSFERRED));
        Expression departures = Enrollment.END_DATE.between(from, to).andExp(Enrollment.END_REASON.eq(LEFT));
        List<Enrollment> found = SchoolScope.select(Enrollment.class, actor.schoolId()).and(starts.orExp(departures))
                .prefetch(Enrollment.STUDENT.joint()).prefetch(Enrollment.SCHOOL_CLASS.joint()).select(context);
        List<Movement> result = new ArrayList<>();
        for (Enrollment e : found) {
            Student s = e.getStudent();
            String className = Support.className(e.getSchoolClass());
            if (!e.getStartDate().isBefore(from) && !e.getStartDate().isAfter(to)) {
                if (ARRIVED.equals(e.getStartReason())) {
                    result.add(new Movement(e.getStartDate(), Movement.Kind.ARRIVAL, s.getId(), Support.name(s), null,
                            className, null, e.getStartNote()));
                } else if (TRANSFERRED.equals(e.getStartReason())) {
                    result.add(new Movement(e.getStartDate(), Movement.Kind.TRANSFER, s.getId(), Support.name(s),
                            previousClass(e), className, null, null));
                }
            }
            if (LEFT.equals(e.getEndReason()) && e.getEndDate() != null && !e.getEndDate().isBefore(from)
                    && !e.getEndDate().isAfter(to)) {
                result.add(new Movement(e.getEndDate(), Movement.Kind.DEPARTURE, s.getId(), Support.name(s), className,
                        null, e.getEndCause(), e.getEndNote()));
            }
        }
        result.sort(Comparator.comparing(Movement::date).thenComparing(m -> m.name().full(), Support.collator())
                .thenComparingLong(Movement::studentId));
        return List.copyOf(result);
    }

    // --- rules

    private void check(Actor actor) {
        policy.check(actor, Operation.STUDENT_MOVE, actor.schoolId());
    }

    private static void requireInYear(LocalDate date, SchoolClass schoolClass) {
        if (date == null) {
            throw new ValidationException(DATE_REQUIRED);
        }
        AcademicYear year = schoolClass.getAcademicYear();
        if (date.isBefore(year.getStartDate()) || date.isAfter(year.getEndDate())) {
            throw new ValidationException(DATE_OUTSIDE_YEAR, Support.date(year.getStartDate()),
                    Support.date(year.getEndDate()), year.getName());
        }
    }

    private static String note(String text, boolean required) {
        String note = text == null ? "" : text.strip();
        if (required && note.isEmpty()) {
            throw new ValidationException(DESTINATION_REQUIRED);
        }
        if (note.length() > NOTE_LENGTH) {
            throw new ValidationException(NOTE_TOO_LONG, NOTE_LENGTH);
        }
        return note.isEmpty() ? null : note;
    }

    // --- writes

    /**
     * Runs the writes of one movement in one transaction that first locks the student's row, then checks
     * that the open stay is still the one the checks saw ({@code checkedOpen}, null: none). A movement of the
     * same student committed meanwhile by another user is refused with {@link #CHANGED_MEANWHILE} and nothing
     * of this one is written.
     */
    private <T> T write(ObjectContext context, long studentId, Enrollment checkedOpen, Supplier<T> writes) {
        try {
            return store.serverRuntime().performInTransaction(() -> {
                SQLSelect.scalarQuery("SELECT id FROM student WHERE id = #bind($id) FOR UPDATE", Long.class)
                        .param("id", studentId).selectOne(context);
                whileLocked.run();
                Long openNow = SQLSelect.scalarQuery("SELECT id FROM enrollment WHERE student_id = #bind($id)"
                        + " AND end_date IS NULL ORDER BY id LIMIT 1 FOR UPDATE", Long.class)
                        .param("id", studentId).selectFirst(context);
                if (!Objects.equals(openNow, checkedOpen == null ? null : checkedOpen.getId())) {
                    throw new ValidationException(CHANGED_MEANWHILE);
                }
                return writes.get();
            });
        } catch (CayenneRuntimeException e) {
            // performInTransaction rolls back and wraps what is not Cayenne's own
            if (e.getCause() instanceof ValidationException refused) {
                throw refused;
            }
            throw e;
        }
    }

    // --- stays

    private static List<Enrollment> stays(Student student) {
        List<Enrollment> stays = new ArrayList<>(student.getEnrollments());
        stays.sort(Comparator.comparing(Enrollment::getStartDate).thenComparingLong(Enrollment::getId));
        return stays;
    }

    private static Enrollment open(List<Enrollment> stays) {
        return stays.stream().filter(e -> e.getEndDate() == null).findFirst().orElse(null);
    }

    private static Enrollment newStay(ObjectContext context, Student student, SchoolClass target, LocalDate start,
                                      String reason, String note) {
        Enrollment stay = context.newObject(Enrollment.class);
        stay.setSchool(target.getSchool());
        stay.setStudent(student);
        stay.setSchoolClass(target);
        stay.setStartDate(start);
        stay.setStartReason(reason);
        stay.setStartNote(note);
        return stay;
    }

    /** The class a transfer came from: the student's stay that ended the day before with TRANSFERRED. */
    private static String previousClass(Enrollment stay) {
        LocalDate dayBefore = stay.getStartDate().minusDays(1);
        for (Enrollment e : stay.getStudent().getEnrollments()) {
            if (dayBefore.equals(e.getEndDate()) && TRANSFERRED.equals(e.getEndReason())) {
                return Support.className(e.getSchoolClass());
            }
        }
        return stay.getStartNote();
    }

    private static String describe(Enrollment e) {
        StringBuilder b = new StringBuilder(Support.className(e.getSchoolClass())).append(' ')
                .append(Support.date(e.getStartDate())).append('–');
        if (e.getEndDate() != null) {
            b.append(Support.date(e.getEndDate())).append(' ').append(e.getEndReason());
            if (e.getEndCause() != null) {
                b.append(' ').append(e.getEndCause());
            }
            if (e.getEndNote() != null) {
                b.append(": ").append(e.getEndNote());
            }
        }
        return b.toString();
    }

    private static String describeStart(SchoolClass c, LocalDate start, String reason, String note) {
        return Support.className(c) + " " + Support.date(start) + "– " + reason + (note == null ? "" : ": " + note);
    }

    static EnrollmentRecord record(Enrollment e) {
        SchoolClass c = e.getSchoolClass();
        return new EnrollmentRecord(e.getId(), e.getStudent().getId(), c.getId(), Support.className(c),
                c.getAcademicYear().getName(), e.getStartDate(), e.getEndDate(), e.getStartReason(), e.getStartNote(),
                e.getEndReason(), e.getEndCause(), e.getEndNote());
    }
}

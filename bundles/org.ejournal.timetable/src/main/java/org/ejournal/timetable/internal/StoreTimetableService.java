package org.ejournal.timetable.internal;

import java.sql.Date;
import java.text.Collator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.cayenne.CayenneRuntimeException;
import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.EJournalException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.timetable.AssignmentOption;
import org.ejournal.api.timetable.ClassOption;
import org.ejournal.api.timetable.GenerationResult;
import org.ejournal.api.timetable.LessonView;
import org.ejournal.api.timetable.PeriodOption;
import org.ejournal.api.timetable.SlotEdit;
import org.ejournal.api.timetable.SlotView;
import org.ejournal.api.timetable.TimetableService;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.Holiday;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.Subgroup;
import org.ejournal.store.model.SubgroupMember;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.TimetableSlot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The timetable on the store. Each call is one Cayenne context and at most one commit, so a refused call
 * writes nothing and a generation creates, moves, removes and audits in one transaction.
 */
@Component(service = TimetableService.class)
public final class StoreTimetableService implements TimetableService {

    static final int MAX_WEEKDAY = 6;
    static final int MAX_LESSON_NUMBER = 10;
    static final int ROOM_LENGTH = 20;

    /** Lessons that hold data: a work (hence any mark), an absence, or a file. Topic and homework are checked on the row. */
    private static final String DATA_SQL = "SELECT DISTINCT x.lesson_id FROM ("
            + " SELECT w.lesson_id FROM work w WHERE w.school_id = #bind($schoolId)"
            + " UNION SELECT t.lesson_id FROM attendance t WHERE t.school_id = #bind($schoolId)"
            + " UNION SELECT f.lesson_id FROM lesson_attachment f WHERE f.school_id = #bind($schoolId)) x"
            + " JOIN lesson l ON l.id = x.lesson_id JOIN teaching_assignment a ON a.id = l.assignment_id"
            + " WHERE a.class_id = #bind($classId) AND l.lesson_date BETWEEN #bind($fromDate) AND #bind($toDate)";

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreTimetableService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("today"). */
    StoreTimetableService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- reading

    @Override
    public List<ClassOption> classes(Actor actor) {
        ObjectContext context = store.newContext();
        AcademicYear year = Names.planningYear(context, actor.schoolId(), today());
        List<ClassOption> result = new ArrayList<>();
        for (SchoolClass c : ObjectSelect.query(SchoolClass.class).where(SchoolScope.of(actor.schoolId()))
                .and(SchoolClass.ACADEMIC_YEAR.eq(year)).select(context)) {
            if (policy.allows(actor, Operation.CLASS_ROSTER_READ, c.getId())) {
                result.add(new ClassOption(c.getId(), year.getId(), c.getGrade(), c.getLetter(), c.getPeriodScheme()));
            }
        }
        Collator collator = Names.collator();
        result.sort(Comparator.comparingInt(ClassOption::grade).thenComparing(ClassOption::letter, collator));
        return result;
    }

    @Override
    public List<AssignmentOption> assignments(Actor actor, long classId) {
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = readableClass(context, actor, classId);
        List<AssignmentOption> result = new ArrayList<>();
        for (TeachingAssignment a : classAssignments(context, schoolClass)) {
            result.add(Names.option(a));
        }
        Collator collator = Names.collator();
        result.sort(Comparator.comparing(AssignmentOption::subjectName, collator)
                .thenComparing(AssignmentOption::subgroupName, collator)
                .thenComparing(AssignmentOption::teacherName, collator).thenComparingLong(AssignmentOption::id));
        return result;
    }

    @Override
    public List<SlotView> slots(Actor actor, long classId, LocalDate date) {
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = readableClass(context, actor, classId);
        ObjectSelect<TimetableSlot> query = ObjectSelect.query(TimetableSlot.class)
                .where(TimetableSlot.SCHOOL_CLASS.eq(schoolClass));
        if (date != null) {
            query = query.and(TimetableSlot.VALID_FROM.lte(date))
                    .and(TimetableSlot.VALID_TO.isNull().orExp(TimetableSlot.VALID_TO.gte(date)));
        }
        List<SlotView> result = new ArrayList<>();
        for (TimetableSlot s : query.prefetch(TimetableSlot.ASSIGNMENT.joint()).select(context)) {
            result.add(view(s));
        }
        result.sort(Comparator.comparingInt(SlotView::weekday).thenComparingInt(SlotView::lessonNumber)
                .thenComparing(SlotView::validFrom).thenComparingLong(SlotView::id));
        return result;
    }

    @Override
    public List<PeriodOption> periods(Actor actor, long classId) {
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = readableClass(context, actor, classId);
        List<PeriodOption> result = new ArrayList<>();
        for (StudyPeriod p : ObjectSelect.query(StudyPeriod.class)
                .where(StudyPeriod.ACADEMIC_YEAR.eq(schoolClass.getAcademicYear()))
                .and(StudyPeriod.SCHEME.eq(schoolClass.getPeriodScheme())).orderBy(StudyPeriod.ORDINAL.asc())
                .select(context)) {
            result.add(new PeriodOption(p.getId(), p.getScheme(), p.getName(), p.getStartDate(), p.getEndDate(),
                    p.getLockedAt() != null));
        }
        return result;
    }

    @Override
    public List<LessonView> lessons(Actor actor, long classId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = readableClass(context, actor, classId);
        List<Lesson> lessons = classLessons(context, schoolClass, from, to);
        Set<Long> withData = lessonsWithData(context, schoolClass, from, to);
        List<LessonView> result = new ArrayList<>();
        for (Lesson l : lessons) {
            result.add(lessonView(l, holdsData(l, withData)));
        }
        result.sort(Comparator.comparing(LessonView::date).thenComparingInt(LessonView::lessonNumber)
                .thenComparing(v -> v.assignment().subgroupName()).thenComparingLong(LessonView::id));
        return result;
    }

    // --- slots

    @Override
    public SlotView addSlot(Actor actor, SlotEdit edit) {
        policy.check(actor, Operation.TIMETABLE_MANAGE, actor.schoolId());
        ObjectContext context = store.newContext();
        TeachingAssignment assignment = SchoolScope.byId(context, TeachingAssignment.class, edit.assignmentId(),
                actor.schoolId(), "assignment");
        validate(edit, assignment.getSchoolClass());
        return locked(context, actor.schoolId(), () -> {
            checkClashes(context, assignment, edit, null);
            TimetableSlot slot = newSlot(context, assignment, edit);
            auditInsert(context, actor, slot);
            context.commitChanges();
            return view(slot);
        });
    }

    @Override
    public SlotView changeSlot(Actor actor, long slotId, SlotEdit edit) {
        policy.check(actor, Operation.TIMETABLE_MANAGE, actor.schoolId());
        ObjectContext context = store.newContext();
        TimetableSlot old = SchoolScope.byId(context, TimetableSlot.class, slotId, actor.schoolId(), "slot");
        TeachingAssignment assignment = SchoolScope.byId(context, TeachingAssignment.class, edit.assignmentId(),
                actor.schoolId(), "assignment");
        if (assignment.getSchoolClass() != old.getSchoolClass()) {
            throw new ValidationException(OTHER_CLASS);
        }
        validate(edit, old.getSchoolClass());
        if (edit.validFrom().isBefore(old.getValidFrom())) {
            throw new ValidationException(BEFORE_SLOT_START, Names.date(old.getValidFrom()));
        }
        if (old.getValidTo() != null && edit.validFrom().isAfter(old.getValidTo())) {
            throw new ValidationException(SLOT_ENDED, Names.date(old.getValidTo()));
        }
        return locked(context, actor.schoolId(), () -> {
            checkClashes(context, assignment, edit, old);
            return change(context, actor, old, assignment, edit);
        });
    }

    private SlotView change(ObjectContext context, Actor actor, TimetableSlot old, TeachingAssignment assignment,
                            SlotEdit edit) {
        long slotId = old.getId();
        School school = old.getSchool();
        if (edit.validFrom().equals(old.getValidFrom())) {
            // The old version never applied: change it in place, audited.
            String before = describe(old);
            old.setAssignment(assignment);
            old.setWeekday(edit.weekday());
            old.setLessonNumber(edit.lessonNumber());
            old.setRoom(edit.room());
            old.setValidTo(edit.validTo());
            audit(context, actor, school, "timetable_slot", slotId, "UPDATE", "", before, describe(old));
            context.commitChanges();
            return view(old);
        }
        LocalDate oldEnd = old.getValidTo();
        old.setValidTo(edit.validFrom().minusDays(1));
        audit(context, actor, school, "timetable_slot", slotId, "UPDATE", "valid_to", Names.date(oldEnd),
                Names.date(old.getValidTo()));
        TimetableSlot slot = newSlot(context, assignment, edit);
        auditInsert(context, actor, slot);
        context.commitChanges();
        return view(slot);
    }

    @Override
    public SlotView endSlot(Actor actor, long slotId, LocalDate lastDay) {
        policy.check(actor, Operation.TIMETABLE_MANAGE, actor.schoolId());
        ObjectContext context = store.newContext();
        TimetableSlot slot = SchoolScope.byId(context, TimetableSlot.class, slotId, actor.schoolId(), "slot");
        AcademicYear year = slot.getSchoolClass().getAcademicYear();
        if (lastDay == null || lastDay.isAfter(year.getEndDate())) {
            throw new ValidationException(DATES_OUTSIDE_YEAR, Names.date(year.getStartDate()),
                    Names.date(year.getEndDate()));
        }
        if (lastDay.isBefore(slot.getValidFrom().minusDays(1))) {
            throw new ValidationException(BEFORE_SLOT_START, Names.date(slot.getValidFrom()));
        }
        if (slot.getValidTo() != null && lastDay.isAfter(slot.getValidTo())) {
            throw new ValidationException(SLOT_ENDED, Names.date(slot.getValidTo()));
        }
        LocalDate oldEnd = slot.getValidTo();
        slot.setValidTo(lastDay);
        audit(context, actor, slot.getSchool(), "timetable_slot", slotId, "UPDATE", "valid_to", Names.date(oldEnd),
                Names.date(lastDay));
        context.commitChanges();
        return view(slot);
    }

    /**
     * Serialises timetable writes of a school: the clash check and the insert run in one transaction that holds a
     * row lock on the school, so two people adding clashing slots at the same moment cannot both pass the check.
     */
    private <T> T locked(ObjectContext context, long schoolId, Supplier<T> work) {
        try {
            return store.serverRuntime().performInTransaction(() -> {
                SQLSelect.dataRowQuery("SELECT id FROM school WHERE id = #bind($schoolId) FOR UPDATE")
                        .param("schoolId", schoolId).select(context);
                return work.get();
            });
        } catch (CayenneRuntimeException e) {
            // Cayenne wraps what the work throws; a refusal must reach the caller as it is (rolled back).
            if (e.getCause() instanceof EJournalException refusal) {
                throw refusal;
            }
            throw e;
        }
    }

    /** A new slot has no id before the commit: its insert is audited on the class (same transaction). */
    private void auditInsert(ObjectContext context, Actor actor, TimetableSlot slot) {
        audit(context, actor, slot.getSchool(), "school_class", slot.getSchoolClass().getId(), "INSERT",
                "timetable_slot", null, describe(slot));
    }

    private static TimetableSlot newSlot(ObjectContext context, TeachingAssignment assignment, SlotEdit edit) {
        TimetableSlot slot = context.newObject(TimetableSlot.class);
        slot.setSchool(assignment.getSchool());
        slot.setSchoolClass(assignment.getSchoolClass());
        slot.setAssignment(assignment);
        slot.setWeekday(edit.weekday());
        slot.setLessonNumber(edit.lessonNumber());
        slot.setRoom(edit.room());
        slot.setValidFrom(edit.validFrom());
        slot.setValidTo(edit.validTo());
        return slot;
    }

    private static void validate(SlotEdit edit, SchoolClass schoolClass) {
        if (edit.weekday() < 1 || edit.weekday() > MAX_WEEKDAY) {
            throw new ValidationException(WEEKDAY_INVALID);
        }
        if (edit.lessonNumber() < 1 || edit.lessonNumber() > MAX_LESSON_NUMBER) {
            throw new ValidationException(LESSON_NUMBER_INVALID);
        }
        if (edit.room().length() > ROOM_LENGTH) {
            throw new ValidationException(ROOM_TOO_LONG);
        }
        AcademicYear year = schoolClass.getAcademicYear();
        LocalDate from = edit.validFrom();
        LocalDate to = edit.validTo();
        if (from == null || from.isBefore(year.getStartDate()) || from.isAfter(year.getEndDate())
                || to != null && (to.isBefore(year.getStartDate()) || to.isAfter(year.getEndDate()))) {
            throw new ValidationException(DATES_OUTSIDE_YEAR, Names.date(year.getStartDate()),
                    Names.date(year.getEndDate()));
        }
        if (to != null && to.isBefore(from)) {
            throw new ValidationException(DATES_REVERSED);
        }
    }

    /**
     * Refuses the slot when, on its weekday and lesson number within its validity, the class (or a group sharing
     * a student with it) already has a lesson, the teacher teaches elsewhere, or the room is taken.
     */
    private static void checkClashes(ObjectContext context, TeachingAssignment assignment, SlotEdit edit,
                                     TimetableSlot ignored) {
        ObjectSelect<TimetableSlot> query = ObjectSelect.query(TimetableSlot.class)
                .where(SchoolScope.of(assignment.getSchool().getId()))
                .and(TimetableSlot.WEEKDAY.eq(edit.weekday()))
                .and(TimetableSlot.LESSON_NUMBER.eq(edit.lessonNumber()))
                .and(TimetableSlot.VALID_TO.isNull().orExp(TimetableSlot.VALID_TO.gte(edit.validFrom())));
        if (edit.validTo() != null) {
            query = query.and(TimetableSlot.VALID_FROM.lte(edit.validTo()));
        }
        List<TimetableSlot> others = new ArrayList<>();
        for (TimetableSlot s : query.prefetch(TimetableSlot.ASSIGNMENT.joint()).select(context)) {
            boolean cancelled = s.getValidTo() != null && s.getValidTo().isBefore(s.getValidFrom());
            if (s != ignored && !cancelled) {
                others.add(s);
            }
        }
        others.sort(Comparator.comparing(TimetableSlot::getValidFrom));
        Object[] base = {edit.weekday(), edit.lessonNumber()};
        for (TimetableSlot other : others) {
            TeachingAssignment a = other.getAssignment();
            if (other.getSchoolClass() == assignment.getSchoolClass() && groupsOverlap(context, assignment, a)) {
                throw new ValidationException(CLASH_CLASS, args(base, Names.className(other.getSchoolClass()), other));
            }
        }
        for (TimetableSlot other : others) {
            if (other.getAssignment().getTeacher() == assignment.getTeacher()) {
                throw new ValidationException(CLASH_TEACHER,
                        args(base, Names.name(assignment.getTeacher()).shortForm(), other));
            }
        }
        if (!edit.room().isEmpty()) {
            for (TimetableSlot other : others) {
                if (edit.room().equalsIgnoreCase(other.getRoom().strip())) {
                    throw new ValidationException(CLASH_ROOM, args(base, edit.room(), other));
                }
            }
        }
    }

    private static Object[] args(Object[] base, String who, TimetableSlot other) {
        TeachingAssignment a = other.getAssignment();
        String what = Names.option(a).label() + " (" + Names.className(other.getSchoolClass()) + ")";
        return new Object[] {base[0], base[1], who, what, Names.date(other.getValidFrom())};
    }

    /** Whole class against anything, the same group, or two groups sharing a student. */
    private static boolean groupsOverlap(ObjectContext context, TeachingAssignment mine, TeachingAssignment other) {
        Subgroup a = mine.getSubgroup();
        Subgroup b = other.getSubgroup();
        if (a == null || b == null || a == b) {
            return true;
        }
        Set<Long> membersA = new HashSet<>();
        for (SubgroupMember m : ObjectSelect.query(SubgroupMember.class).where(SubgroupMember.SUBGROUP.eq(a))
                .select(context)) {
            membersA.add(m.getStudent().getId());
        }
        for (SubgroupMember m : ObjectSelect.query(SubgroupMember.class).where(SubgroupMember.SUBGROUP.eq(b))
                .select(context)) {
            if (membersA.contains(m.getStudent().getId())) {
                return true;
            }
        }
        return false;
    }

    // --- lessons

    private record Key(long assignmentId, LocalDate date) {
    }

    private record Wanted(TeachingAssignment assignment, LocalDate date, int number) {
    }

    @Override
    public GenerationResult generate(Actor actor, Long classId, long periodId, LocalDate from) {
        return generate(actor, classId, periodId, from, true);
    }

    @Override
    public GenerationResult preview(Actor actor, Long classId, long periodId, LocalDate from) {
        return generate(actor, classId, periodId, from, false);
    }

    private GenerationResult generate(Actor actor, Long classId, long periodId, LocalDate from, boolean write) {
        policy.check(actor, Operation.TIMETABLE_MANAGE, actor.schoolId());
        ObjectContext context = store.newContext();
        StudyPeriod period = SchoolScope.byId(context, StudyPeriod.class, periodId, actor.schoolId(), "period");
        if (period.getLockedAt() != null) {
            throw new ValidationException(PERIOD_LOCKED, period.getName());
        }
        List<SchoolClass> classes;
        if (classId == null) {
            classes = ObjectSelect.query(SchoolClass.class).where(SchoolScope.of(actor.schoolId()))
                    .and(SchoolClass.ACADEMIC_YEAR.eq(period.getAcademicYear())).select(context);
        } else {
            SchoolClass c = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
            if (c.getAcademicYear() != period.getAcademicYear()) {
                throw new ValidationException(PERIOD_OTHER_YEAR);
            }
            classes = List.of(c);
        }
        LocalDate start = from == null ? today().plusDays(1) : from;
        if (start.isBefore(period.getStartDate())) {
            start = period.getStartDate();
        }
        LocalDate end = period.getEndDate();
        if (start.isAfter(end)) {
            throw new ValidationException(FROM_AFTER_PERIOD, Names.date(end));
        }
        Set<LocalDate> holidays = holidays(context, period.getAcademicYear(), start, end);
        Tally tally = new Tally();
        for (SchoolClass c : classes) {
            plan(context, actor, c, start, end, holidays, tally);
        }
        if (write) {
            context.commitChanges();
        } else {
            context.rollbackChanges();
        }
        tally.kept.sort(Comparator.comparing(LessonView::date).thenComparingInt(LessonView::lessonNumber)
                .thenComparingLong(LessonView::id));
        return new GenerationResult(start, end, tally.created, tally.moved, tally.removed, tally.unchanged,
                tally.kept);
    }

    private static final class Tally {
        int created;
        int moved;
        int removed;
        int unchanged;
        final List<LessonView> kept = new ArrayList<>();
    }

    private static Set<LocalDate> holidays(ObjectContext context, AcademicYear year, LocalDate start, LocalDate end) {
        Set<LocalDate> off = new HashSet<>();
        for (Holiday h : ObjectSelect.query(Holiday.class).where(Holiday.ACADEMIC_YEAR.eq(year))
                .and(Holiday.START_DATE.lte(end)).and(Holiday.END_DATE.gte(start)).select(context)) {
            for (LocalDate d = h.getStartDate(); !d.isAfter(h.getEndDate()); d = d.plusDays(1)) {
                off.add(d);
            }
        }
        return off;
    }

    /** Plans one class: what the slots ask for against the lessons there are; changes go into the context. */
    private void plan(ObjectContext context, Actor actor, SchoolClass schoolClass, LocalDate start, LocalDate end,
                      Set<LocalDate> holidays, Tally tally) {
        List<TimetableSlot> slots = ObjectSelect.query(TimetableSlot.class)
                .where(TimetableSlot.SCHOOL_CLASS.eq(schoolClass)).and(TimetableSlot.VALID_FROM.lte(end))
                .and(TimetableSlot.VALID_TO.isNull().orExp(TimetableSlot.VALID_TO.gte(start)))
                .prefetch(TimetableSlot.ASSIGNMENT.joint()).select(context);
        Map<Key, List<Integer>> wanted = new LinkedHashMap<>();
        Map<Long, TeachingAssignment> assignments = new HashMap<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (holidays.contains(d) || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int weekday = d.getDayOfWeek().getValue();
            for (TimetableSlot s : slots) {
                if (s.getWeekday() == weekday && !d.isBefore(s.getValidFrom())
                        && (s.getValidTo() == null || !d.isAfter(s.getValidTo()))) {
                    TeachingAssignment a = s.getAssignment();
                    assignments.put(a.getId(), a);
                    wanted.computeIfAbsent(new Key(a.getId(), d), k -> new ArrayList<>()).add(s.getLessonNumber());
                }
            }
        }
        List<Lesson> lessons = classLessons(context, schoolClass, start, end);
        Set<Long> withData = lessonsWithData(context, schoolClass, start, end);
        Map<Key, List<Lesson>> existing = new LinkedHashMap<>();
        for (Lesson l : lessons) {
            TeachingAssignment a = l.getAssignment();
            assignments.put(a.getId(), a);
            existing.computeIfAbsent(new Key(a.getId(), l.getLessonDate()), k -> new ArrayList<>()).add(l);
        }
        Set<Key> keys = new TreeSet<>(Comparator.comparing(Key::date).thenComparingLong(Key::assignmentId));
        keys.addAll(wanted.keySet());
        keys.addAll(existing.keySet());
        List<Wanted> toCreate = new ArrayList<>();
        List<Lesson> spare = new ArrayList<>();
        for (Key key : keys) {
            List<Integer> numbers = new ArrayList<>(wanted.getOrDefault(key, List.of()));
            numbers.sort(null);
            List<Lesson> there = new ArrayList<>(existing.getOrDefault(key, List.of()));
            there.sort(Comparator.comparing(Lesson::getLessonNumber).thenComparingLong(Lesson::getId));
            // 1. exact matches stay as they are
            for (Iterator<Integer> it = numbers.iterator(); it.hasNext(); ) {
                int n = it.next();
                Lesson match = there.stream().filter(l -> l.getLessonNumber() == n)
                        .min(Comparator.comparing((Lesson l) -> !holdsData(l, withData)).thenComparingLong(Lesson::getId))
                        .orElse(null);
                if (match != null) {
                    there.remove(match);
                    it.remove();
                    tally.unchanged++;
                }
            }
            // 2. lessons holding data are never touched; one at another number stands in for a wanted one
            for (Iterator<Lesson> it = there.iterator(); it.hasNext(); ) {
                Lesson l = it.next();
                if (holdsData(l, withData)) {
                    it.remove();
                    if (!numbers.isEmpty()) {
                        numbers.remove(0);
                    }
                    tally.kept.add(lessonView(l, true));
                }
            }
            // 3. empty lessons move to a wanted number of the same day
            for (Iterator<Lesson> it = there.iterator(); it.hasNext() && !numbers.isEmpty(); ) {
                Lesson l = it.next();
                move(context, actor, l, l.getLessonDate(), numbers.remove(0));
                it.remove();
                tally.moved++;
            }
            for (int n : numbers) {
                toCreate.add(new Wanted(assignments.get(key.assignmentId()), key.date(), n));
            }
            spare.addAll(there);
        }
        // 4. an empty lesson no longer wanted moves to a wanted date of the same assignment and week
        for (Wanted w : toCreate) {
            Lesson reuse = null;
            for (Lesson l : spare) {
                if (l.getAssignment().getId() == w.assignment().getId()
                        && weekOf(l.getLessonDate()).equals(weekOf(w.date()))) {
                    reuse = l;
                    break;
                }
            }
            if (reuse != null) {
                spare.remove(reuse);
                move(context, actor, reuse, w.date(), w.number());
                tally.moved++;
            } else {
                Lesson lesson = context.newObject(Lesson.class);
                lesson.setSchool(schoolClass.getSchool());
                lesson.setAssignment(w.assignment());
                lesson.setLessonDate(w.date());
                lesson.setLessonNumber(w.number());
                lesson.setTeacher(w.assignment().getTeacher());
                tally.created++;
            }
        }
        // 5. what is left is empty and wanted by no slot: removed, and the removal is audited
        for (Lesson l : spare) {
            AuditEvent event = audit(context, actor, l.getSchool(), "lesson", l.getId(), "DELETE", "",
                    describe(l), null);
            event.setLessonId(l.getId());
            context.deleteObjects(l);
            tally.removed++;
        }
    }

    private static LocalDate weekOf(LocalDate d) {
        return d.with(DayOfWeek.MONDAY);
    }

    private void move(ObjectContext context, Actor actor, Lesson l, LocalDate date, int number) {
        String before = describe(l);
        l.setLessonDate(date);
        l.setLessonNumber(number);
        AuditEvent event = audit(context, actor, l.getSchool(), "lesson", l.getId(), "UPDATE", "lesson_date",
                before, describe(l));
        event.setLessonId(l.getId());
    }

    private static String describe(Lesson l) {
        return Names.date(l.getLessonDate()) + " урок " + l.getLessonNumber() + ", "
                + Names.option(l.getAssignment()).label() + " (" + Names.className(l.getAssignment().getSchoolClass())
                + ")";
    }

    private static String describe(TimetableSlot s) {
        return "день " + s.getWeekday() + ", урок " + s.getLessonNumber() + ", " + Names.option(s.getAssignment()).label()
                + (s.getRoom().isEmpty() ? "" : ", каб. " + s.getRoom()) + ", с " + Names.date(s.getValidFrom())
                + (s.getValidTo() == null ? "" : " по " + Names.date(s.getValidTo()));
    }

    private static List<Lesson> classLessons(ObjectContext context, SchoolClass schoolClass, LocalDate from,
                                             LocalDate to) {
        return ObjectSelect.query(Lesson.class)
                .where(Lesson.ASSIGNMENT.dot(TeachingAssignment.SCHOOL_CLASS).eq(schoolClass))
                .and(Lesson.LESSON_DATE.between(from, to))
                .prefetch(Lesson.ASSIGNMENT.joint()).prefetch(Lesson.TEACHER.joint()).select(context);
    }

    private static Set<Long> lessonsWithData(ObjectContext context, SchoolClass schoolClass, LocalDate from,
                                             LocalDate to) {
        List<DataRow> rows = SQLSelect.dataRowQuery(DATA_SQL).param("schoolId", schoolClass.getSchool().getId())
                .param("classId", schoolClass.getId()).param("fromDate", Date.valueOf(from)).param("toDate", Date.valueOf(to))
                .lowerColumnNames().select(context);
        Set<Long> ids = new HashSet<>();
        for (DataRow row : rows) {
            ids.add(((Number) row.get("lesson_id")).longValue());
        }
        return ids;
    }

    private static boolean holdsData(Lesson l, Set<Long> withData) {
        return !l.getTopic().isBlank() || !l.getHomework().isBlank() || withData.contains(l.getId());
    }

    private static LessonView lessonView(Lesson l, boolean holdsData) {
        return new LessonView(l.getId(), l.getLessonDate(), l.getLessonNumber(), Names.option(l.getAssignment()),
                Names.name(l.getTeacher()).shortForm(), l.getTopic(), holdsData);
    }

    // --- helpers

    private SchoolClass readableClass(ObjectContext context, Actor actor, long classId) {
        SchoolClass c = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        policy.check(actor, Operation.CLASS_ROSTER_READ, classId);
        return c;
    }

    private static List<TeachingAssignment> classAssignments(ObjectContext context, SchoolClass schoolClass) {
        return ObjectSelect.query(TeachingAssignment.class).where(TeachingAssignment.SCHOOL_CLASS.eq(schoolClass))
                .prefetch(TeachingAssignment.SUBJECT.joint()).prefetch(TeachingAssignment.TEACHER.joint())
                .prefetch(TeachingAssignment.SUBGROUP.disjoint()).select(context);
    }

    private static SlotView view(TimetableSlot s) {
        return new SlotView(s.getId(), s.getSchoolClass().getId(), Names.option(s.getAssignment()), s.getWeekday(),
                s.getLessonNumber(), s.getRoom(), s.getValidFrom(), s.getValidTo());
    }

    private AuditEvent audit(ObjectContext context, Actor actor, School school, String entity, long entityId,
                             String action, String field, String oldValue, String newValue) {
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(school);
        event.setOccurredAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        event.setAccountId(actor.accountId());
        event.setEntity(entity);
        event.setEntityId(entityId);
        event.setAction(action);
        event.setField(field);
        event.setOldValue(oldValue);
        event.setNewValue(newValue);
        return event;
    }
}

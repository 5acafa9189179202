package org.ejournal.movement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.cayenne.CayenneRuntimeException;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.exp.ExpressionFactory;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.movement.AcademicYearInfo;
import org.ejournal.api.movement.PromotionOptions;
import org.ejournal.api.movement.PromotionPlan;
import org.ejournal.api.movement.PromotionPlan.ClassPlan;
import org.ejournal.api.movement.PromotionPlan.HolidayPlan;
import org.ejournal.api.movement.PromotionPlan.Outcome;
import org.ejournal.api.movement.PromotionPlan.PeriodPlan;
import org.ejournal.api.movement.PromotionPlan.StudentPlan;
import org.ejournal.api.movement.PromotionResult;
import org.ejournal.api.movement.PromotionService;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.Holiday;
import org.ejournal.store.model.PromotionRun;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.TeachingAssignment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The year-end promotion from the store. {@link #preview} and {@link #promote} build the same plan from
 * the same rules; {@code promote} then writes it in one transaction: the next year (or the existing one
 * of that name), its study periods shifted by a year, the classes one grade up with letter, class teacher
 * and period scheme, copied assignments, the ends of the old stays, the {@code promotion_run} row (the
 * guard) and an audit row; then the new stays (after the old ones are closed: one open stay per student).
 */
@Component(service = PromotionService.class)
public final class StorePromotionService implements PromotionService {

    static final String PROMOTED = "PROMOTED";
    static final String GRADUATED = "GRADUATED";
    static final String LEFT = "LEFT";
    /** end_cause of a repeater's stay: kept in the same grade (оставлен на повторное обучение). */
    static final String REPEATS = "REPEATS";
    static final int LAST_GRADE = 11;
    static final int BASIC_GRADE = 9;

    private static final Pattern YEAR_NAME = Pattern.compile("(\\d{4})\\s*/\\s*(\\d{4})");

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;
    /** Runs just before the writing transaction starts (tests use it to stage a concurrent run). */
    private final Runnable beforeWrite;

    @Activate
    public StorePromotionService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone(), () -> { });
    }

    StorePromotionService(StoreRuntime store, AccessPolicy policy, Clock clock, Runnable beforeWrite) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.beforeWrite = beforeWrite;
    }

    @Override
    public List<AcademicYearInfo> years(Actor actor) {
        check(actor);
        ObjectContext context = store.newContext();
        Set<Long> promoted = new HashSet<>();
        for (PromotionRun run : SchoolScope.select(PromotionRun.class, actor.schoolId()).select(context)) {
            promoted.add(run.getFromYear().getId());
        }
        return SchoolScope.select(AcademicYear.class, actor.schoolId())
                .orderBy(AcademicYear.START_DATE.desc()).select(context).stream()
                .map(y -> new AcademicYearInfo(y.getId(), y.getName(), y.getStartDate(), y.getEndDate(),
                        promoted.contains(y.getId())))
                .toList();
    }

    @Override
    public PromotionPlan preview(Actor actor, long fromYearId, PromotionOptions options) {
        check(actor);
        return plan(store.newContext(), actor, fromYearId, options).toApi();
    }

    @Override
    public PromotionResult promote(Actor actor, long fromYearId, PromotionOptions options) {
        check(actor);
        ObjectContext context = store.newContext();
        Plan plan = plan(context, actor, fromYearId, options);
        beforeWrite.run();
        try {
            return store.serverRuntime().performInTransaction(() -> write(context, actor, plan));
        } catch (CayenneRuntimeException e) {
            // A run that got there first (unique promotion_run / academic_year / class keys): nothing of ours stays.
            boolean promotedMeanwhile = SchoolScope.select(PromotionRun.class, actor.schoolId())
                    .and(ExpressionFactory.matchDbExp("from_year_id", fromYearId))
                    .selectFirst(store.newContext()) != null;
            if (promotedMeanwhile) {
                throw new ValidationException(ALREADY_PROMOTED, plan.from.getName());
            }
            throw e;
        }
    }

    // --- the plan

    /** Everything decided, with the objects it is about; nothing written. */
    private static final class Plan {
        AcademicYear from;
        String toName;
        LocalDate toStart;
        LocalDate toEnd;
        AcademicYear existingTo;
        final List<StudyPeriod> periodsToCopy = new ArrayList<>();
        final List<Holiday> holidaysToCopy = new ArrayList<>();
        final List<ClassStep> classes = new ArrayList<>();
        /** Classes of the existing next year by "grade letter". */
        final Map<String, SchoolClass> existingTargets = new HashMap<>();

        PromotionPlan toApi() {
            List<PeriodPlan> periods = periodsToCopy.stream().map(p -> new PeriodPlan(p.getScheme(), p.getOrdinal(),
                    p.getName(), p.getStartDate().plusYears(1), p.getEndDate().plusYears(1),
                    p.getFinalMarkDeadline().plusYears(1))).toList();
            List<HolidayPlan> holidays = holidaysToCopy.stream().map(h -> new HolidayPlan(h.getKind(), h.getName(),
                    h.getStartDate().plusYears(1), h.getEndDate().plusYears(1))).toList();
            List<ClassPlan> classPlans = new ArrayList<>();
            for (ClassStep step : classes) {
                List<StudentPlan> students = step.students.stream().map(s -> new StudentPlan(s.student.getId(),
                        Support.name(s.student), s.outcome, s.targetName())).toList();
                classPlans.add(new ClassPlan(step.schoolClass.getId(), Support.className(step.schoolClass),
                        step.schoolClass.getGrade(), step.targetName(), step.targetName() != null
                                && existingTargets.containsKey(step.targetName()),
                        (int) step.schoolClass.getAssignments().stream().filter(a -> a.getSubgroup() == null).count(),
                        step.copyAssignments, students));
            }
            return new PromotionPlan(from.getId(), from.getName(), toName, toStart, toEnd, existingTo != null, periods,
                    holidays, classPlans);
        }
    }

    private static final class ClassStep {
        final SchoolClass schoolClass;
        final boolean copyAssignments;
        final List<StudentStep> students = new ArrayList<>();

        ClassStep(SchoolClass schoolClass, boolean copyAssignments) {
            this.schoolClass = schoolClass;
            this.copyAssignments = copyAssignments;
        }

        /** "6А", or null for grade 11. */
        String targetName() {
            int grade = schoolClass.getGrade();
            return grade >= LAST_GRADE ? null : (grade + 1) + schoolClass.getLetter();
        }
    }

    private static final class StudentStep {
        final Enrollment stay;
        final Student student;
        final Outcome outcome;

        StudentStep(Enrollment stay, Outcome outcome) {
            this.stay = stay;
            this.student = stay.getStudent();
            this.outcome = outcome;
        }

        String targetName() {
            SchoolClass c = stay.getSchoolClass();
            return switch (outcome) {
                case PROMOTED -> (c.getGrade() + 1) + c.getLetter();
                case REPEATS -> Support.className(c);
                default -> null;
            };
        }
    }

    private Plan plan(ObjectContext context, Actor actor, long fromYearId, PromotionOptions options) {
        PromotionOptions chosen = options == null ? PromotionOptions.none() : options;
        Plan plan = new Plan();
        plan.from = SchoolScope.byId(context, AcademicYear.class, fromYearId, actor.schoolId(), "academicYear");
        if (SchoolScope.select(PromotionRun.class, actor.schoolId()).and(PromotionRun.FROM_YEAR.eq(plan.from))
                .selectFirst(context) != null) {
            throw new ValidationException(ALREADY_PROMOTED, plan.from.getName());
        }
        plan.toName = nextName(plan.from);
        plan.existingTo = SchoolScope.select(AcademicYear.class, actor.schoolId())
                .and(AcademicYear.NAME.eq(plan.toName)).selectFirst(context);
        plan.toStart = plan.existingTo != null ? plan.existingTo.getStartDate() : plan.from.getStartDate().plusYears(1);
        plan.toEnd = plan.existingTo != null ? plan.existingTo.getEndDate() : plan.from.getEndDate().plusYears(1);
        if (plan.existingTo == null || plan.existingTo.getStudyPeriods().isEmpty()) {
            plan.periodsToCopy.addAll(plan.from.getStudyPeriods());
            plan.periodsToCopy.sort(Comparator.comparing(StudyPeriod::getScheme).thenComparing(StudyPeriod::getOrdinal));
        }
        if (plan.existingTo == null || SchoolScope.select(Holiday.class, actor.schoolId())
                .and(Holiday.ACADEMIC_YEAR.eq(plan.existingTo)).selectFirst(context) == null) {
            plan.holidaysToCopy.addAll(SchoolScope.select(Holiday.class, actor.schoolId())
                    .and(Holiday.ACADEMIC_YEAR.eq(plan.from)).orderBy(Holiday.START_DATE.asc()).select(context));
        }
        if (plan.existingTo != null) {
            for (SchoolClass c : plan.existingTo.getSchoolClasses()) {
                plan.existingTargets.put(Support.className(c), c);
            }
        }

        List<SchoolClass> classes = SchoolScope.select(SchoolClass.class, actor.schoolId())
                .and(SchoolClass.ACADEMIC_YEAR.eq(plan.from)).select(context);
        if (classes.isEmpty()) {
            throw new ValidationException(NO_CLASSES, plan.from.getName());
        }
        classes.sort(Comparator.comparing(SchoolClass::getGrade).thenComparing(SchoolClass::getLetter, Support.collator()));
        Set<Long> classIds = new HashSet<>();
        classes.forEach(c -> classIds.add(c.getId()));
        for (Long id : chosen.copyAssignmentClasses()) {
            if (!classIds.contains(id)) {
                throw new ValidationException(CLASS_NOT_IN_YEAR, id);
            }
        }
        for (Long id : chosen.repeaters()) {
            if (chosen.leavers().contains(id)) {
                throw new ValidationException(REPEATER_AND_LEAVER, id);
            }
        }

        // Students in the year's classes at its end: the open stays.
        List<Enrollment> open = SchoolScope.select(Enrollment.class, actor.schoolId())
                .and(Enrollment.SCHOOL_CLASS.in(classes)).and(Enrollment.END_DATE.isNull())
                .prefetch(Enrollment.STUDENT.joint()).select(context);
        Map<Long, List<Enrollment>> byClass = new HashMap<>();
        Set<Long> studentIds = new HashSet<>();
        for (Enrollment e : open) {
            byClass.computeIfAbsent(e.getSchoolClass().getId(), k -> new ArrayList<>()).add(e);
            studentIds.add(e.getStudent().getId());
        }
        Set<Long> named = new HashSet<>(chosen.repeaters());
        named.addAll(chosen.leavers());
        for (Long id : named) {
            if (!studentIds.contains(id)) {
                throw new ValidationException(NOT_IN_YEAR, id, plan.from.getName());
            }
        }
        for (SchoolClass c : classes) {
            ClassStep step = new ClassStep(c, chosen.copyAssignmentClasses().contains(c.getId()) && c.getGrade() < LAST_GRADE);
            List<Enrollment> stays = new ArrayList<>(byClass.getOrDefault(c.getId(), List.of()));
            stays.sort(Comparator.<Enrollment, String>comparing(e -> Support.name(e.getStudent()).full(), Support.collator())
                    .thenComparingLong(e -> e.getStudent().getId()));
            for (Enrollment e : stays) {
                long id = e.getStudent().getId();
                Outcome outcome;
                if (chosen.repeaters().contains(id)) {
                    outcome = Outcome.REPEATS;
                } else if (chosen.leavers().contains(id)) {
                    outcome = c.getGrade() == BASIC_GRADE ? Outcome.GRADUATED : Outcome.LEAVES;
                } else if (c.getGrade() >= LAST_GRADE) {
                    outcome = Outcome.GRADUATED;
                } else {
                    outcome = Outcome.PROMOTED;
                }
                step.students.add(new StudentStep(e, outcome));
            }
            plan.classes.add(step);
        }
        return plan;
    }

    /** "2026/2027" → "2027/2028"; another form of name → the years of the shifted dates. */
    static String nextName(AcademicYear from) {
        Matcher m = YEAR_NAME.matcher(from.getName());
        if (m.matches()) {
            return (Integer.parseInt(m.group(1)) + 1) + "/" + (Integer.parseInt(m.group(2)) + 1);
        }
        return from.getStartDate().plusYears(1).getYear() + "/" + from.getEndDate().plusYears(1).getYear();
    }

    // --- writing

    private PromotionResult write(ObjectContext context, Actor actor, Plan plan) {
        School school = plan.from.getSchool();
        AcademicYear to = plan.existingTo;
        if (to == null) {
            to = context.newObject(AcademicYear.class);
            to.setSchool(school);
            to.setName(plan.toName);
            to.setStartDate(plan.toStart);
            to.setEndDate(plan.toEnd);
        }
        int periods = 0;
        for (StudyPeriod p : plan.periodsToCopy) {
            StudyPeriod copy = context.newObject(StudyPeriod.class);
            copy.setSchool(school);
            copy.setAcademicYear(to);
            copy.setScheme(p.getScheme());
            copy.setOrdinal(p.getOrdinal());
            copy.setName(p.getName());
            copy.setStartDate(p.getStartDate().plusYears(1));
            copy.setEndDate(p.getEndDate().plusYears(1));
            copy.setFinalMarkDeadline(p.getFinalMarkDeadline().plusYears(1));
            periods++;
        }

        int holidays = 0;
        for (Holiday h : plan.holidaysToCopy) {
            Holiday copy = context.newObject(Holiday.class);
            copy.setSchool(school);
            copy.setAcademicYear(to);
            copy.setKind(h.getKind());
            copy.setName(h.getName());
            copy.setStartDate(h.getStartDate().plusYears(1));
            copy.setEndDate(h.getEndDate().plusYears(1));
            holidays++;
        }

        // Targets: the classes one grade up (with the class teacher), then same-grade classes for repeaters.
        Map<String, SchoolClass> targets = new LinkedHashMap<>(plan.existingTargets);
        int classesCreated = 0;
        for (ClassStep step : plan.classes) {
            String name = step.targetName();
            if (name != null && !targets.containsKey(name)) {
                SchoolClass c = step.schoolClass;
                targets.put(name, newClass(context, school, to, c.getGrade() + 1, c.getLetter(), c.getClassTeacher(),
                        c.getPeriodScheme()));
                classesCreated++;
            }
        }
        for (ClassStep step : plan.classes) {
            SchoolClass c = step.schoolClass;
            boolean repeaters = step.students.stream().anyMatch(s -> s.outcome == Outcome.REPEATS);
            if (repeaters && !targets.containsKey(Support.className(c))) {
                targets.put(Support.className(c), newClass(context, school, to, c.getGrade(), c.getLetter(), null,
                        c.getPeriodScheme()));
                classesCreated++;
            }
        }

        int copied = 0;
        for (ClassStep step : plan.classes) {
            if (!step.copyAssignments) {
                continue;
            }
            SchoolClass target = targets.get(step.targetName());
            Set<String> present = new HashSet<>();
            for (TeachingAssignment a : target.getAssignments()) {
                present.add(a.getSubject().getId() + "/" + a.getTeacher().getId());
            }
            for (TeachingAssignment a : step.schoolClass.getAssignments()) {
                // Subgroups belong to the old class and are formed anew: only whole-class assignments are copied.
                if (a.getSubgroup() != null || !present.add(a.getSubject().getId() + "/" + a.getTeacher().getId())) {
                    continue;
                }
                TeachingAssignment copy = context.newObject(TeachingAssignment.class);
                copy.setSchool(school);
                copy.setAcademicYear(to);
                copy.setSchoolClass(target);
                copy.setSubject(a.getSubject());
                copy.setTeacher(a.getTeacher());
                copy.setHoursPerWeek(a.getHoursPerWeek());
                copied++;
            }
        }

        // Old stays end on the last day of the year.
        int promoted = 0;
        int graduated = 0;
        int repeaters = 0;
        int left = 0;
        LocalDate lastDay = plan.from.getEndDate();
        for (ClassStep step : plan.classes) {
            for (StudentStep s : step.students) {
                s.stay.setEndDate(lastDay.isBefore(s.stay.getStartDate()) ? s.stay.getStartDate() : lastDay);
                switch (s.outcome) {
                    case PROMOTED -> {
                        s.stay.setEndReason(PROMOTED);
                        s.stay.setEndNote(s.targetName());
                        promoted++;
                    }
                    case REPEATS -> {
                        s.stay.setEndReason(PROMOTED);
                        s.stay.setEndCause(REPEATS);
                        s.stay.setEndNote(s.targetName());
                        repeaters++;
                    }
                    case GRADUATED -> {
                        s.stay.setEndReason(GRADUATED);
                        graduated++;
                    }
                    case LEAVES -> {
                        s.stay.setEndReason(LEFT);
                        left++;
                    }
                }
            }
        }
        String summary = String.format("%s → %s: классов создано %d, периодов %d, каникул %d; переведено %d,"
                + " выпускников %d, оставлено %d, выбыло %d; нагрузок скопировано %d", plan.from.getName(), plan.toName,
                classesCreated, periods, holidays, promoted, graduated, repeaters, left, copied);
        PromotionRun run = context.newObject(PromotionRun.class);
        run.setSchool(school);
        run.setFromYear(plan.from);
        run.setToYear(to);
        run.setRunAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        run.setRunBy(actor.accountId());
        run.setSummary(summary);
        Support.audit(context, clock, actor, school, "academic_year", plan.from.getId(), "PROMOTE", "promotion", null,
                summary);
        context.commitChanges();

        // New stays start on the first day of the next year (after the old ones are closed).
        for (ClassStep step : plan.classes) {
            for (StudentStep s : step.students) {
                if (s.outcome == Outcome.PROMOTED || s.outcome == Outcome.REPEATS) {
                    Enrollment stay = context.newObject(Enrollment.class);
                    stay.setSchool(school);
                    stay.setStudent(s.student);
                    stay.setSchoolClass(targets.get(s.targetName()));
                    stay.setStartDate(to.getStartDate());
                    stay.setStartReason(PROMOTED);
                    stay.setStartNote(Support.className(step.schoolClass));
                }
            }
        }
        context.commitChanges();
        return new PromotionResult(to.getId(), to.getName(), classesCreated, periods, holidays, promoted, graduated,
                repeaters, left, copied);
    }

    private static SchoolClass newClass(ObjectContext context, School school, AcademicYear year, int grade, String letter,
                                        org.ejournal.store.model.Staff classTeacher, String periodScheme) {
        SchoolClass c = context.newObject(SchoolClass.class);
        c.setSchool(school);
        c.setAcademicYear(year);
        c.setGrade(grade);
        c.setLetter(letter);
        c.setClassTeacher(classTeacher);
        c.setPeriodScheme(periodScheme);
        return c;
    }

    private void check(Actor actor) {
        policy.check(actor, Operation.YEAR_PROMOTE, actor.schoolId());
    }
}

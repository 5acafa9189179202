package org.ejournal.finalmarks.internal;

import java.sql.Date;
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
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.cayenne.CayenneRuntimeException;
import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.access.OptimisticLockException;
import org.apache.cayenne.exp.ExpressionFactory;
import org.apache.cayenne.query.ObjectSelect;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.finalmark.EntryWindow;
import org.ejournal.api.finalmark.FinalMarkConflictException;
import org.ejournal.api.finalmark.FinalMarkFacts;
import org.ejournal.api.finalmark.FinalMarkPolicy;
import org.ejournal.api.finalmark.FinalMarkRow;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.finalmark.FinalMarkSuggestion;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.FinalMark;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolSetting;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.SubgroupMember;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.UserAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Final marks from the store. A sheet costs a fixed number of queries: assignment, period(s), lessons'
 * dates, marks with weights, absences, roster, final marks, settings. Writes are one commit with their
 * audit rows; optimistic locking by {@code final_mark.version}, and the unique key
 * (student, assignment, period) turns two simultaneous first entries into a conflict for the second.
 */
@Component(service = FinalMarkService.class)
public final class StoreFinalMarkService implements FinalMarkService {

    static final String YEAR_SCHEME = "YEAR";
    private static final String AUDIT_ENTITY = "final_mark";
    private static final Set<String> DEFAULT_ABSENT_CODES = Set.of("Н", "Б", "УП");

    private static final String MARKS_SQL = "SELECT m.student_id, m.value, w.weight FROM mark m"
            + " JOIN work w ON w.id = m.work_id JOIN lesson l ON l.id = w.lesson_id"
            + " WHERE l.assignment_id = #bind($assignmentId) AND l.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to)";
    private static final String ABSENCES_SQL = "SELECT a.student_id, a.code FROM attendance a"
            + " JOIN lesson l ON l.id = a.lesson_id"
            + " WHERE l.assignment_id = #bind($assignmentId) AND l.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to)";
    private static final String LESSON_DATES_SQL = "SELECT l.lesson_date FROM lesson l"
            + " WHERE l.assignment_id = #bind($assignmentId) AND l.school_id = #bind($schoolId)"
            + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to)";
    private static final String ABSENT_CODES_SQL = "SELECT code FROM attendance_code"
            + " WHERE school_id = #bind($schoolId) AND absent = TRUE";

    private final StoreRuntime store;
    private final AccessPolicy access;
    private final Supplier<FinalMarkPolicy> policy;
    private final Clock clock;

    @Activate
    public StoreFinalMarkService(@Reference StoreRuntime store, @Reference AccessPolicy access,
                                 @Reference(policyOption = ReferencePolicyOption.GREEDY) FinalMarkPolicy policy) {
        this(store, access, () -> policy, Clock.systemDefaultZone());
    }

    StoreFinalMarkService(StoreRuntime store, AccessPolicy access, Supplier<FinalMarkPolicy> policy, Clock clock) {
        this.store = store;
        this.access = access;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<AssignmentSummary> assignments(Actor actor, long classId) {
        ObjectContext context = store.newContext();
        List<AssignmentSummary> result = new ArrayList<>();
        for (TeachingAssignment a : SchoolScope.select(TeachingAssignment.class, actor.schoolId())
                .and(ExpressionFactory.matchDbExp("class_id", classId))
                .prefetch(TeachingAssignment.SCHOOL_CLASS.joint())
                .prefetch(TeachingAssignment.SUBJECT.joint())
                .prefetch(TeachingAssignment.TEACHER.joint())
                .select(context)) {
            if (access.allows(actor, Operation.ASSIGNMENT_JOURNAL_READ, a.getId())) {
                result.add(summary(a));
            }
        }
        result.sort(Comparator.comparing(AssignmentSummary::subjectName).thenComparing(AssignmentSummary::teacherName));
        return result;
    }

    @Override
    public List<StudyPeriodSummary> periods(Actor actor, long assignmentId) {
        access.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        ObjectContext context = store.newContext();
        return classPeriods(context, actor, assignment(context, actor, assignmentId)).stream()
                .map(StoreFinalMarkService::summary).toList();
    }

    @Override
    public FinalMarkSheet sheet(Actor actor, long assignmentId, long periodId) {
        access.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        ObjectContext context = store.newContext();
        TeachingAssignment assignment = assignment(context, actor, assignmentId);
        StudyPeriod period = classPeriod(context, actor, assignment, periodId);
        return periodSheet(context, actor, assignment, period);
    }

    @Override
    public FinalMarkSheet yearSheet(Actor actor, long assignmentId) {
        access.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        ObjectContext context = store.newContext();
        return yearSheet(context, actor, assignment(context, actor, assignmentId));
    }

    @Override
    public FinalMarkRow set(Actor actor, String address, long assignmentId, long periodId, long studentId,
                            String value, int expectedVersion) {
        access.check(actor, Operation.FINAL_MARK_WRITE, assignmentId);
        return write(actor, address, assignmentId, periodId, studentId, value, null, expectedVersion);
    }

    @Override
    public FinalMarkRow override(Actor actor, String address, long assignmentId, long periodId, long studentId,
                                 String value, String reason, int expectedVersion) {
        access.check(actor, Operation.FINAL_MARK_OVERRIDE, assignmentId);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("finalmark.error.reasonRequired");
        }
        return write(actor, address, assignmentId, periodId, studentId, value, reason.trim(), expectedVersion);
    }

    private FinalMarkRow write(Actor actor, String address, long assignmentId, long periodId, long studentId,
                               String rawValue, String overrideReason, int expectedVersion) {
        ObjectContext context = store.newContext();
        TeachingAssignment assignment = assignment(context, actor, assignmentId);
        boolean year = periodId == 0;
        FinalMarkSheet before = year ? yearSheet(context, actor, assignment)
                : periodSheet(context, actor, assignment, classPeriod(context, actor, assignment, periodId));
        String value = rawValue == null || rawValue.isBlank() ? null : rawValue.trim().toLowerCase(java.util.Locale.ROOT);
        if (value != null && !before.allowedValues().contains(value)) {
            throw new ValidationException("finalmark.error.value", rawValue.trim(),
                    String.join(", ", before.allowedValues()));
        }
        EntryWindow window = before.window();
        if (window.state() == EntryWindow.State.NOT_YET_OPEN) {
            throw new ValidationException("finalmark.error.notYetOpen", window.opensOn());
        }
        if (overrideReason == null && window.state() == EntryWindow.State.CLOSED) {
            throw new ValidationException("finalmark.error.closed", window.deadline());
        }
        FinalMarkRow row = before.rows().stream().filter(r -> r.student().id() == studentId).findFirst()
                .orElseThrow(() -> new ValidationException("finalmark.error.notOnRoster"));
        StudyPeriod period = year ? yearPeriod(context, actor, assignment, true)
                : classPeriod(context, actor, assignment, periodId);
        FinalMark mark = period.getObjectId().isTemporary() ? null : ObjectSelect.query(FinalMark.class)
                .where(FinalMark.ASSIGNMENT.eq(assignment))
                .and(FinalMark.STUDY_PERIOD.eq(period))
                .and(ExpressionFactory.matchDbExp("student_id", studentId))
                .selectOne(context);
        int currentVersion = mark == null ? 0 : Objects.requireNonNullElse(mark.getVersion(), 0);
        if (currentVersion != expectedVersion) {
            throw conflict(context, mark);
        }
        String old = mark == null ? null : mark.getValue();
        if (Objects.equals(old, value) && overrideReason == null) {
            return row;
        }
        School school = assignment.getSchool();
        UserAccount author = SchoolScope.byId(context, UserAccount.class, actor.accountId(), actor.schoolId(),
                "account");
        long entityId;
        String action;
        if (value == null) {
            if (mark == null) {
                return row;
            }
            entityId = mark.getId();
            action = "DELETE";
            context.deleteObject(mark);
        } else if (mark == null) {
            mark = context.newObject(FinalMark.class);
            mark.setSchool(school);
            mark.setAssignment(assignment);
            mark.setStudyPeriod(period);
            mark.setStudent(SchoolScope.byId(context, Student.class, studentId, actor.schoolId(), "student"));
            mark.setValue(value);
            mark.setCreatedBy(author);
            mark.setOverrideReason(overrideReason);
            mark.setVersion(1); // 0 stands for "no mark yet" in what the user saw
            entityId = -1;
            action = "INSERT";
        } else {
            mark.setValue(value);
            mark.setCreatedBy(author);
            mark.setOverrideReason(overrideReason);
            entityId = mark.getId();
            action = "UPDATE";
        }
        AuditEvent audit = audit(context, school, actor, address, action, "value", old, value, studentId);
        AuditEvent reasonAudit = overrideReason == null ? null
                : audit(context, school, actor, address, action, "override_reason", null, overrideReason, studentId);
        FinalMark written = mark;
        try {
            // One transaction: a new mark's id is known only after its insert, and its audit rows name it.
            store.serverRuntime().performInTransaction(() -> {
                if (entityId < 0) {
                    context.commitChanges();
                    audit.setEntityId(written.getId());
                    if (reasonAudit != null) {
                        reasonAudit.setEntityId(written.getId());
                    }
                } else {
                    audit.setEntityId(entityId);
                    if (reasonAudit != null) {
                        reasonAudit.setEntityId(entityId);
                    }
                }
                context.commitChanges();
                return null;
            });
        } catch (OptimisticLockException e) {
            context.rollbackChanges();
            throw conflict(store.newContext(), null);
        } catch (CayenneRuntimeException e) {
            context.rollbackChanges();
            if (isDuplicateKey(e)) {
                throw conflict(store.newContext(), null);
            }
            throw e;
        }
        ObjectContext fresh = store.newContext();
        TeachingAssignment reread = assignment(fresh, actor, assignmentId);
        FinalMarkSheet after = year ? yearSheet(fresh, actor, reread)
                : periodSheet(fresh, actor, reread, classPeriod(fresh, actor, reread, periodId));
        return after.rows().stream().filter(r -> r.student().id() == studentId).findFirst().orElseThrow();
    }

    // ---- sheets ------------------------------------------------------------------------------------

    private FinalMarkSheet periodSheet(ObjectContext context, Actor actor, TeachingAssignment assignment,
                                       StudyPeriod period) {
        LocalDate today = LocalDate.now(clock);
        long schoolId = actor.schoolId();
        LocalDate from = period.getStartDate();
        LocalDate to = period.getEndDate();
        List<LocalDate> lessonDates = lessonDates(context, assignment.getId(), schoolId, from, to);
        LocalDate lastLesson = lessonDates.stream().max(Comparator.naturalOrder()).orElse(null);
        LocalDate heldUntil = today.isBefore(to) ? today : to;
        int held = (int) lessonDates.stream().filter(d -> !d.isAfter(heldUntil)).count();

        Map<Long, MarkValues.Average> averages = new HashMap<>();
        for (DataRow row : rows(context, MARKS_SQL, assignment.getId(), schoolId, from, heldUntil)) {
            averages.computeIfAbsent(asLong(row.get("student_id")), k -> new MarkValues.Average())
                    .add((String) row.get("value"), ((Number) row.get("weight")).intValue());
        }
        Set<String> absentCodes = absentCodes(context, schoolId);
        Map<Long, Integer> missed = new HashMap<>();
        for (DataRow row : rows(context, ABSENCES_SQL, assignment.getId(), schoolId, from, heldUntil)) {
            if (absentCodes.contains((String) row.get("code"))) {
                missed.merge(asLong(row.get("student_id")), 1, Integer::sum);
            }
        }
        Map<Long, FinalMark> marks = finalMarks(context, assignment, period);
        Map<String, String> settings = settings(context, schoolId);
        FinalMarkPolicy currentPolicy = policy.get();
        List<FinalMarkRow> rows = new ArrayList<>();
        for (StudentSummary student : roster(context, assignment, from, to)) {
            MarkValues.Average average = averages.getOrDefault(student.id(), new MarkValues.Average());
            int studentMissed = missed.getOrDefault(student.id(), 0);
            FinalMarkSuggestion suggestion = currentPolicy.suggest(new FinalMarkFacts(false, average.value(),
                    average.count(), held, studentMissed, List.of(), settings));
            rows.add(row(student, average.value(), average.count(), held, studentMissed, suggestion,
                    marks.get(student.id())));
        }
        EntryWindow window = EntryWindows.of(lastLesson, to, period.getFinalMarkDeadline(),
                period.getLockedAt() != null, today);
        return new FinalMarkSheet(summary(assignment), period.getId(), period.getName(), false, window,
                currentPolicy.allowedValues(), access.allows(actor, Operation.FINAL_MARK_WRITE, assignment.getId()),
                access.allows(actor, Operation.FINAL_MARK_OVERRIDE, assignment.getId()), rows);
    }

    private FinalMarkSheet yearSheet(ObjectContext context, Actor actor, TeachingAssignment assignment) {
        LocalDate today = LocalDate.now(clock);
        List<StudyPeriod> periods = classPeriods(context, actor, assignment);
        if (periods.isEmpty()) {
            throw new ValidationException("finalmark.error.noPeriods");
        }
        StudyPeriod last = periods.get(periods.size() - 1);
        LocalDate from = periods.get(0).getStartDate();
        LocalDate to = last.getEndDate();
        LocalDate lastLesson = lessonDates(context, assignment.getId(), actor.schoolId(), from, to).stream()
                .max(Comparator.naturalOrder()).orElse(null);
        Map<Long, List<String>> periodMarks = new HashMap<>();
        List<Map<Long, FinalMark>> byPeriod = new ArrayList<>();
        for (StudyPeriod p : periods) {
            byPeriod.add(finalMarks(context, assignment, p));
        }
        StudyPeriod yearPeriod = yearPeriod(context, actor, assignment, false);
        Map<Long, FinalMark> marks = yearPeriod == null ? Map.of() : finalMarks(context, assignment, yearPeriod);
        Map<String, String> settings = settings(context, actor.schoolId());
        FinalMarkPolicy currentPolicy = policy.get();
        List<FinalMarkRow> rows = new ArrayList<>();
        for (StudentSummary student : roster(context, assignment, last.getStartDate(), to)) {
            List<String> finals = new ArrayList<>();
            for (Map<Long, FinalMark> m : byPeriod) {
                FinalMark fm = m.get(student.id());
                finals.add(fm == null ? null : fm.getValue());
            }
            periodMarks.put(student.id(), finals);
            FinalMarkSuggestion suggestion = currentPolicy.suggest(new FinalMarkFacts(true, null, 0, 0, 0,
                    finals.stream().filter(Objects::nonNull).toList(), settings));
            rows.add(row(student, null, 0, 0, 0, suggestion, marks.get(student.id())));
        }
        boolean locked = yearPeriod != null && yearPeriod.getLockedAt() != null;
        EntryWindow window = EntryWindows.of(lastLesson, to, last.getFinalMarkDeadline(), locked, today);
        return new FinalMarkSheet(summary(assignment), yearPeriod == null ? 0 : yearPeriod.getId(), "Год", true,
                window, currentPolicy.allowedValues(),
                access.allows(actor, Operation.FINAL_MARK_WRITE, assignment.getId()),
                access.allows(actor, Operation.FINAL_MARK_OVERRIDE, assignment.getId()), rows);
    }

    private static FinalMarkRow row(StudentSummary student, Double average, int count, int held, int missed,
                                    FinalMarkSuggestion suggestion, FinalMark mark) {
        if (mark == null) {
            return new FinalMarkRow(student, average, count, held, missed, suggestion, null, 0, null, null);
        }
        LocalDateTime changed = mark.getUpdatedAt() != null ? mark.getUpdatedAt() : mark.getCreatedAt();
        return new FinalMarkRow(student, average, count, held, missed, suggestion, mark.getValue(),
                Objects.requireNonNullElse(mark.getVersion(), 0), mark.getOverrideReason(), changed);
    }

    // ---- reads -------------------------------------------------------------------------------------

    private static TeachingAssignment assignment(ObjectContext context, Actor actor, long assignmentId) {
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

    /** The periods of the class's scheme in the assignment's year, in order. */
    private static List<StudyPeriod> classPeriods(ObjectContext context, Actor actor, TeachingAssignment assignment) {
        return SchoolScope.select(StudyPeriod.class, actor.schoolId())
                .and(StudyPeriod.ACADEMIC_YEAR.eq(assignment.getAcademicYear()))
                .and(StudyPeriod.SCHEME.eq(assignment.getSchoolClass().getPeriodScheme()))
                .orderBy(StudyPeriod.START_DATE.asc())
                .select(context);
    }

    private static StudyPeriod classPeriod(ObjectContext context, Actor actor, TeachingAssignment assignment,
                                           long periodId) {
        return classPeriods(context, actor, assignment).stream().filter(p -> p.getId() == periodId).findFirst()
                .orElseThrow(() -> new NotFoundException("studyPeriod", periodId));
    }

    /** The year's own period that year marks belong to; created on the first year mark when asked. */
    private static StudyPeriod yearPeriod(ObjectContext context, Actor actor, TeachingAssignment assignment,
                                          boolean create) {
        StudyPeriod year = SchoolScope.select(StudyPeriod.class, actor.schoolId())
                .and(StudyPeriod.ACADEMIC_YEAR.eq(assignment.getAcademicYear()))
                .and(StudyPeriod.SCHEME.eq(YEAR_SCHEME))
                .selectFirst(context);
        if (year != null || !create) {
            return year;
        }
        List<StudyPeriod> periods = classPeriods(context, actor, assignment);
        StudyPeriod last = periods.get(periods.size() - 1);
        year = context.newObject(StudyPeriod.class);
        year.setSchool(assignment.getSchool());
        year.setAcademicYear(assignment.getAcademicYear());
        year.setScheme(YEAR_SCHEME);
        year.setOrdinal(1);
        year.setName("Год");
        year.setStartDate(periods.get(0).getStartDate());
        year.setEndDate(last.getEndDate());
        year.setFinalMarkDeadline(last.getFinalMarkDeadline());
        return year;
    }

    /** Students of the assignment (its subgroup's members, or the class) enrolled at the period's end. */
    private static List<StudentSummary> roster(ObjectContext context, TeachingAssignment assignment,
                                               LocalDate from, LocalDate to) {
        List<Enrollment> enrollments = ObjectSelect.query(Enrollment.class)
                .where(Enrollment.SCHOOL_CLASS.eq(assignment.getSchoolClass()))
                .and(Enrollment.START_DATE.lte(to))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(to)))
                .prefetch(Enrollment.STUDENT.joint())
                .select(context);
        Set<Long> members = null;
        if (assignment.getSubgroup() != null) {
            members = new HashSet<>();
            for (SubgroupMember m : ObjectSelect.query(SubgroupMember.class)
                    .where(SubgroupMember.SUBGROUP.eq(assignment.getSubgroup())).select(context)) {
                members.add(m.getStudent().getId());
            }
        }
        Map<Long, StudentSummary> students = new LinkedHashMap<>();
        for (Enrollment e : enrollments) {
            Student s = e.getStudent();
            if (members == null || members.contains(s.getId())) {
                students.putIfAbsent(s.getId(), new StudentSummary(s.getId(),
                        new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName())));
            }
        }
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("ru-RU"));
        collator.setStrength(java.text.Collator.SECONDARY);
        return students.values().stream()
                .sorted(Comparator.<StudentSummary, String>comparing(s -> s.name().full(), collator)
                        .thenComparingLong(StudentSummary::id))
                .toList();
    }

    private static Map<Long, FinalMark> finalMarks(ObjectContext context, TeachingAssignment assignment,
                                                   StudyPeriod period) {
        Map<Long, FinalMark> result = new HashMap<>();
        for (FinalMark m : ObjectSelect.query(FinalMark.class)
                .where(FinalMark.ASSIGNMENT.eq(assignment)).and(FinalMark.STUDY_PERIOD.eq(period))
                .select(context)) {
            result.put(m.getStudent().getId(), m);
        }
        return result;
    }

    private static Map<String, String> settings(ObjectContext context, long schoolId) {
        Map<String, String> result = new HashMap<>();
        for (SchoolSetting s : SchoolScope.select(SchoolSetting.class, schoolId)
                .and(SchoolSetting.NAME.startsWith("finalmark.")).select(context)) {
            result.put(s.getName(), s.getValue());
        }
        return result;
    }

    private static Set<String> absentCodes(ObjectContext context, long schoolId) {
        Set<String> codes = new HashSet<>();
        for (DataRow row : SQLSelect.dataRowQuery(ABSENT_CODES_SQL).param("schoolId", schoolId)
                .lowerColumnNames().select(context)) {
            codes.add((String) row.get("code"));
        }
        return codes.isEmpty() ? DEFAULT_ABSENT_CODES : codes;
    }

    private static List<LocalDate> lessonDates(ObjectContext context, long assignmentId, long schoolId,
                                               LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (DataRow row : rows(context, LESSON_DATES_SQL, assignmentId, schoolId, from, to)) {
            Object d = row.get("lesson_date");
            dates.add(d instanceof LocalDate local ? local
                    : d instanceof Date sql ? sql.toLocalDate()
                    : new Date(((java.util.Date) d).getTime()).toLocalDate());
        }
        return dates;
    }

    private static List<DataRow> rows(ObjectContext context, String sql, long assignmentId, long schoolId,
                                      LocalDate from, LocalDate to) {
        return SQLSelect.dataRowQuery(sql)
                .param("assignmentId", assignmentId).param("schoolId", schoolId)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .lowerColumnNames().select(context);
    }

    // ---- writes' helpers ---------------------------------------------------------------------------

    private static AuditEvent audit(ObjectContext context, School school, Actor actor, String address, String action,
                                    String field, String old, String value, long studentId) {
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(school);
        event.setOccurredAt(LocalDateTime.now(ZoneOffset.UTC));
        event.setAccountId(actor.accountId());
        event.setAddress(address == null ? "" : address);
        event.setEntity(AUDIT_ENTITY);
        event.setEntityId(0L);
        event.setAction(action);
        event.setField(field);
        event.setOldValue(old);
        event.setNewValue(value);
        event.setStudentId(studentId);
        return event;
    }

    /** The conflict as the second writer sees it: what is stored now and who put it there. */
    private static FinalMarkConflictException conflict(ObjectContext context, FinalMark current) {
        if (current == null) {
            return new FinalMarkConflictException(null, "—");
        }
        UserAccount by = current.getCreatedBy();
        return new FinalMarkConflictException(current.getValue(), by == null ? "—" : by.getLogin());
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static long asLong(Object value) {
        return ((Number) value).longValue();
    }

    private static AssignmentSummary summary(TeachingAssignment a) {
        var c = a.getSchoolClass();
        var t = a.getTeacher();
        return new AssignmentSummary(a.getId(), c.getId(), c.getGrade() + c.getLetter(), a.getSubject().getId(),
                a.getSubject().getName(), t.getId(),
                new PersonName(t.getLastName(), t.getFirstName(), t.getMiddleName()).full());
    }

    private static StudyPeriodSummary summary(StudyPeriod p) {
        return new StudyPeriodSummary(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(),
                p.getFinalMarkDeadline());
    }
}

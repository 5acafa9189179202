package org.ejournal.gradebook.internal;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.cayenne.Cayenne;
import org.apache.cayenne.CayenneRuntimeException;
import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.access.OptimisticLockException;
import org.apache.cayenne.query.ObjectSelect;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.journal.AttachmentInfo;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.AttendanceCodeInfo;
import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.GradingScale;
import org.ejournal.api.journal.HistoryEntry;
import org.ejournal.api.journal.JournalChange;
import org.ejournal.api.journal.JournalChange.Kind;
import org.ejournal.api.journal.JournalConflictException;
import org.ejournal.api.journal.JournalEditState;
import org.ejournal.api.journal.JournalRule;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.LessonState;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.journal.RuleVerdict;
import org.ejournal.api.journal.WeekLesson;
import org.ejournal.api.journal.WeightedAverage;
import org.ejournal.api.journal.WorkInfo;
import org.ejournal.api.journal.WorkTypeInfo;
import org.ejournal.api.journal.WriteResult;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.Attendance;
import org.ejournal.store.model.AttendanceCode;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.LessonAttachment;
import org.ejournal.store.model.Mark;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.UserAccount;
import org.ejournal.store.model.Work;
import org.ejournal.store.model.WorkType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the class journal (see {@link JournalWriteService}): access policy, value check, journal rules,
 * optimistic lock per cell, the change and its audit rows in one transaction.
 *
 * <p>Rules and grading scales are whiteboard services tracked dynamically (DS: multiple, dynamic, greedy), so a
 * rule bundle dropped into {@code deploy/} is checked from the next write on, without a restart.
 */
@Component(service = JournalWriteService.class)
public final class StoreJournalWriteService implements JournalWriteService {

    private static final Logger LOG = LoggerFactory.getLogger(StoreJournalWriteService.class);

    /** Work types of a school that has configured none. */
    static final List<WorkTypeInfo> DEFAULT_WORK_TYPES = List.of(
            new WorkTypeInfo("ANSWER", "Ответ на уроке", 1),
            new WorkTypeInfo("HOMEWORK", "Домашняя работа", 1),
            new WorkTypeInfo("SELF", "Самостоятельная работа", 2),
            new WorkTypeInfo("PRACTICAL", "Практическая работа", 2),
            new WorkTypeInfo("LAB", "Лабораторная работа", 2),
            new WorkTypeInfo("DICTATION", "Диктант", 2),
            new WorkTypeInfo("ESSAY", "Сочинение", 2),
            new WorkTypeInfo("TEST", "Контрольная работа", 3));

    /** Attendance codes of a school that has configured none. */
    static final List<AttendanceCodeInfo> DEFAULT_CODES = List.of(
            new AttendanceCodeInfo("Н", "отсутствовал", true, false),
            new AttendanceCodeInfo("Б", "болел", true, true),
            new AttendanceCodeInfo("УП", "уважительная причина", true, true),
            new AttendanceCodeInfo("ОП", "опоздал", false, false));

    static final int TOPIC_MAX = 500;
    static final int HOMEWORK_MAX = 1000;
    static final int REASON_MAX = 300;
    static final int TITLE_MAX = 200;

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final JournalExtensions extensions = new JournalExtensions();

    @Activate
    public StoreJournalWriteService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    // --- whiteboard ---------------------------------------------------------------------------------------

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeRule")
    public void addRule(JournalRule rule, Map<String, Object> properties) {
        extensions.addRule(rule, properties);
        LOG.info("Journal rule '{}' active", rule.id());
    }

    public void removeRule(JournalRule rule) {
        extensions.removeRule(rule);
        LOG.info("Journal rule '{}' gone", rule.id());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeScale")
    public void addScale(GradingScale scale, Map<String, Object> properties) {
        extensions.addScale(scale, properties);
    }

    public void removeScale(GradingScale scale) {
        extensions.removeScale(scale);
    }

    /** The rules checked right now, in order (for tests and diagnostics). */
    List<JournalRule> activeRules() {
        return extensions.rules();
    }

    // --- reading ------------------------------------------------------------------------------------------

    @Override
    public GradingScale gradingScale(Actor actor) {
        return extensions.scale();
    }

    @Override
    public List<WorkTypeInfo> workTypes(Actor actor) {
        return workTypes(store.newContext(), actor.schoolId());
    }

    private static List<WorkTypeInfo> workTypes(ObjectContext context, long schoolId) {
        List<WorkType> rows = SchoolScope.select(WorkType.class, schoolId).and(WorkType.ACTIVE.isTrue())
                .orderBy(WorkType.SORT_ORDER.asc(), WorkType.CODE.asc()).select(context);
        if (rows.isEmpty()) {
            return DEFAULT_WORK_TYPES;
        }
        return rows.stream().map(t -> new WorkTypeInfo(t.getCode(), t.getName(), t.getWeight())).toList();
    }

    @Override
    public List<AttendanceCodeInfo> attendanceCodes(Actor actor) {
        return codes(store.newContext(), actor.schoolId());
    }

    private static List<AttendanceCodeInfo> codes(ObjectContext context, long schoolId) {
        List<AttendanceCode> rows = SchoolScope.select(AttendanceCode.class, schoolId)
                .and(AttendanceCode.ACTIVE.isTrue())
                .orderBy(AttendanceCode.SORT_ORDER.asc(), AttendanceCode.CODE.asc()).select(context);
        if (rows.isEmpty()) {
            return DEFAULT_CODES;
        }
        return rows.stream().map(c -> new AttendanceCodeInfo(c.getCode(), c.getName(),
                Boolean.TRUE.equals(c.getAbsent()), Boolean.TRUE.equals(c.getExcused()))).toList();
    }

    @Override
    public MarkCell markCell(Actor actor, long workId, long studentId) {
        ObjectContext context = store.newContext();
        Work work = loadWork(context, actor, workId);
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId(work.getLesson()));
        return markState(context, actor.schoolId(), work, studentId);
    }

    @Override
    public AttendanceCell attendanceCell(Actor actor, long lessonId, long studentId) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId(lesson));
        return attendanceState(context, actor.schoolId(), lessonId, studentId);
    }

    @Override
    public LessonState lesson(Actor actor, long lessonId) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId(lesson));
        return lessonState(context, actor, lesson);
    }

    @Override
    public JournalEditState editState(Actor actor, long assignmentId, long periodId) {
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        ObjectContext context = store.newContext();
        TeachingAssignment assignment = SchoolScope.byId(context, TeachingAssignment.class, assignmentId,
                actor.schoolId(), "assignment");
        StudyPeriod period = SchoolScope.select(StudyPeriod.class, actor.schoolId())
                .and(StudyPeriod.ID_PK_PROPERTY.eq(periodId))
                .and(StudyPeriod.ACADEMIC_YEAR.eq(assignment.getAcademicYear())).selectOne(context);
        if (period == null) {
            throw new NotFoundException("studyPeriod", periodId);
        }
        Map<String, Object> params = Map.of("assignmentId", assignmentId, "schoolId", actor.schoolId(),
                "from", Date.valueOf(period.getStartDate()), "to", Date.valueOf(period.getEndDate()));
        String inPeriod = " JOIN lesson l ON l.id = x.lesson_id WHERE l.assignment_id = #bind($assignmentId)"
                + " AND l.school_id = #bind($schoolId) AND l.lesson_date BETWEEN #bind($from) AND #bind($to)";

        Map<String, String[]> lastWriters = new HashMap<>();
        for (DataRow r : SQLSelect.dataRowQuery("SELECT e.entity, e.work_id, e.lesson_id, e.student_id,"
                + " e.occurred_at, u.login, st.last_name AS s_last, st.first_name AS s_first,"
                + " st.middle_name AS s_middle FROM audit_event e"
                + " JOIN lesson l ON l.id = e.lesson_id LEFT JOIN user_account u ON u.id = e.account_id"
                + " LEFT JOIN staff st ON st.id = u.staff_id"
                + " WHERE l.assignment_id = #bind($assignmentId) AND e.school_id = #bind($schoolId)"
                + " AND l.lesson_date BETWEEN #bind($from) AND #bind($to) AND e.student_id IS NOT NULL"
                + " ORDER BY e.id").params(params).lowerColumnNames().select(context)) {
            String key = r.get("entity") + ":" + r.get("work_id") + ":" + r.get("lesson_id") + ":" + r.get("student_id");
            lastWriters.put(key, new String[] {JournalAudit.who(r),
                    String.valueOf(JournalAudit.toInstant(r.get("occurred_at")))});
        }

        List<MarkCell> marks = new ArrayList<>();
        Map<Long, List<WeightedAverage.Entry>> byStudent = new LinkedHashMap<>();
        for (DataRow r : SQLSelect.dataRowQuery("SELECT m.work_id, x.lesson_id, m.student_id, m.value, m.version,"
                + " m.created_at, m.updated_at, x.weight FROM mark m JOIN work x ON x.id = m.work_id" + inPeriod
                + " ORDER BY m.id").params(params).lowerColumnNames().select(context)) {
            long workId = asLong(r.get("work_id"));
            long lessonId = asLong(r.get("lesson_id"));
            long studentId = asLong(r.get("student_id"));
            String value = (String) r.get("value");
            String[] who = lastWriters.get(JournalAudit.MARK + ":" + workId + ":" + lessonId + ":" + studentId);
            marks.add(new MarkCell(workId, lessonId, studentId, value, ((Number) r.get("version")).intValue(),
                    who == null ? "" : who[0], who == null ? changedAt(r) : Instant.parse(who[1])));
            byStudent.computeIfAbsent(studentId, k -> new ArrayList<>())
                    .add(new WeightedAverage.Entry(value, ((Number) r.get("weight")).intValue()));
        }
        List<AttendanceCell> attendance = new ArrayList<>();
        for (DataRow r : SQLSelect.dataRowQuery("SELECT x.lesson_id, x.student_id, x.code, x.reason, x.version,"
                + " x.created_at, x.updated_at FROM attendance x" + inPeriod + " ORDER BY x.id")
                .params(params).lowerColumnNames().select(context)) {
            long lessonId = asLong(r.get("lesson_id"));
            long studentId = asLong(r.get("student_id"));
            String[] who = lastWriters.get(JournalAudit.ATTENDANCE + ":null:" + lessonId + ":" + studentId);
            attendance.add(new AttendanceCell(lessonId, studentId, (String) r.get("code"), (String) r.get("reason"),
                    ((Number) r.get("version")).intValue(), who == null ? "" : who[0],
                    who == null ? changedAt(r) : Instant.parse(who[1])));
        }
        Map<Long, Integer> lessonVersions = new HashMap<>();
        for (Lesson l : ObjectSelect.query(Lesson.class).where(Lesson.ASSIGNMENT.eq(assignment))
                .and(Lesson.LESSON_DATE.between(period.getStartDate(), period.getEndDate())).select(context)) {
            lessonVersions.put(l.getId(), l.getVersion() == null ? 0 : l.getVersion());
        }
        Set<Long> writable = policy.allowedAmong(actor, Operation.LESSON_JOURNAL_WRITE, lessonVersions.keySet());
        GradingScale scale = extensions.scale();
        Map<Long, Double> averages = new HashMap<>();
        byStudent.forEach((student, entries) -> WeightedAverage.of(scale, entries)
                .ifPresent(avg -> averages.put(student, avg)));
        return new JournalEditState(assignmentId, periodId, marks, attendance, lessonVersions, writable, averages,
                scale.values(), workTypes(context, actor.schoolId()), codes(context, actor.schoolId()));
    }

    private static Instant changedAt(DataRow r) {
        Object t = r.get("updated_at") != null ? r.get("updated_at") : r.get("created_at");
        return JournalAudit.toInstant(t);
    }

    // --- the school's settings -----------------------------------------------------------------------------

    private static final java.util.regex.Pattern WORK_TYPE_CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    @Override
    public List<WorkTypeInfo> saveWorkType(Actor actor, String address, WorkTypeInfo type) {
        policy.check(actor, Operation.JOURNAL_SETTINGS_MANAGE, actor.schoolId());
        String code = type.code() == null ? "" : type.code().strip().toUpperCase(Locale.ROOT);
        String name = type.name() == null ? "" : type.name().strip();
        if (!WORK_TYPE_CODE.matcher(code).matches()) {
            throw new ValidationException("error.journal.workType.code", code);
        }
        if (name.isEmpty() || name.length() > 100) {
            throw new ValidationException("error.journal.settings.name");
        }
        if (type.weight() < 1 || type.weight() > 10) {
            throw new ValidationException("error.journal.workType.weight", type.weight());
        }
        ObjectContext context = store.newContext();
        List<WorkType> rows = materializedWorkTypes(context, actor);
        WorkType row = rows.stream().filter(t -> t.getCode().equals(code)).findFirst().orElse(null);
        String old = row == null ? null : row.getName() + " (вес " + row.getWeight() + ")"
                + (Boolean.TRUE.equals(row.getActive()) ? "" : ", не используется");
        if (row == null) {
            row = context.newObject(WorkType.class);
            row.setSchool(Cayenne.objectForPK(context, School.class, actor.schoolId()));
            row.setCode(code);
            row.setSortOrder(rows.size() + 1);
        }
        row.setName(name);
        row.setWeight(type.weight());
        row.setActive(true);
        WorkType stored = row;
        inTransaction(() -> {
            context.commitChanges();
            JournalAudit.record(context, actor, address, "work_type", stored.getId(),
                    old == null ? JournalAudit.INSERT : JournalAudit.UPDATE, code, old, name + " (вес " + type.weight()
                            + ")", null, null, null);
            context.commitChanges();
            return null;
        });
        return workTypes(store.newContext(), actor.schoolId());
    }

    @Override
    public List<WorkTypeInfo> removeWorkType(Actor actor, String address, String code) {
        policy.check(actor, Operation.JOURNAL_SETTINGS_MANAGE, actor.schoolId());
        ObjectContext context = store.newContext();
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        WorkType row = materializedWorkTypes(context, actor).stream().filter(t -> t.getCode().equals(c)
                && Boolean.TRUE.equals(t.getActive())).findFirst()
                .orElseThrow(() -> new ValidationException("error.journal.workType.invalid", c));
        row.setActive(false);
        inTransaction(() -> {
            context.commitChanges();
            JournalAudit.record(context, actor, address, "work_type", row.getId(), JournalAudit.DELETE, c,
                    row.getName() + " (вес " + row.getWeight() + ")", null, null, null, null);
            context.commitChanges();
            return null;
        });
        return workTypes(store.newContext(), actor.schoolId());
    }

    /** The school's work-type rows; the defaults are stored first when it has none. */
    private static List<WorkType> materializedWorkTypes(ObjectContext context, Actor actor) {
        List<WorkType> rows = SchoolScope.select(WorkType.class, actor.schoolId()).orderBy(WorkType.SORT_ORDER.asc())
                .select(context);
        if (!rows.isEmpty()) {
            return rows;
        }
        List<WorkType> created = new ArrayList<>();
        int order = 0;
        for (WorkTypeInfo d : DEFAULT_WORK_TYPES) {
            WorkType t = context.newObject(WorkType.class);
            t.setSchool(Cayenne.objectForPK(context, School.class, actor.schoolId()));
            t.setCode(d.code());
            t.setName(d.name());
            t.setWeight(d.weight());
            t.setSortOrder(++order);
            t.setActive(true);
            created.add(t);
        }
        return created;
    }

    @Override
    public List<AttendanceCodeInfo> saveAttendanceCode(Actor actor, String address, AttendanceCodeInfo info) {
        policy.check(actor, Operation.JOURNAL_SETTINGS_MANAGE, actor.schoolId());
        String code = info.code() == null ? "" : info.code().strip().toUpperCase(Locale.forLanguageTag("ru"));
        String name = info.name() == null ? "" : info.name().strip();
        if (code.isEmpty() || code.length() > 4 || !code.chars().allMatch(Character::isLetter)) {
            throw new ValidationException("error.journal.attendanceCode.code", code);
        }
        if (name.isEmpty() || name.length() > 100) {
            throw new ValidationException("error.journal.settings.name");
        }
        ObjectContext context = store.newContext();
        List<AttendanceCode> rows = materializedCodes(context, actor);
        AttendanceCode row = rows.stream().filter(c -> c.getCode().equals(code)).findFirst().orElse(null);
        String old = row == null ? null : describe(row);
        if (row == null) {
            row = context.newObject(AttendanceCode.class);
            row.setSchool(Cayenne.objectForPK(context, School.class, actor.schoolId()));
            row.setCode(code);
            row.setSortOrder(rows.size() + 1);
        }
        row.setName(name);
        row.setAbsent(info.absent());
        row.setExcused(info.excused());
        row.setActive(true);
        AttendanceCode stored = row;
        inTransaction(() -> {
            context.commitChanges();
            JournalAudit.record(context, actor, address, "attendance_code", stored.getId(),
                    old == null ? JournalAudit.INSERT : JournalAudit.UPDATE, code, old, describe(stored), null, null,
                    null);
            context.commitChanges();
            return null;
        });
        return codes(store.newContext(), actor.schoolId());
    }

    @Override
    public List<AttendanceCodeInfo> removeAttendanceCode(Actor actor, String address, String code) {
        policy.check(actor, Operation.JOURNAL_SETTINGS_MANAGE, actor.schoolId());
        ObjectContext context = store.newContext();
        String c = code == null ? "" : code.strip().toUpperCase(Locale.forLanguageTag("ru"));
        AttendanceCode row = materializedCodes(context, actor).stream().filter(a -> a.getCode().equals(c)
                && Boolean.TRUE.equals(a.getActive())).findFirst()
                .orElseThrow(() -> new ValidationException("error.journal.attendance.invalid", c, ""));
        row.setActive(false);
        inTransaction(() -> {
            context.commitChanges();
            JournalAudit.record(context, actor, address, "attendance_code", row.getId(), JournalAudit.DELETE, c,
                    describe(row), null, null, null, null);
            context.commitChanges();
            return null;
        });
        return codes(store.newContext(), actor.schoolId());
    }

    private static String describe(AttendanceCode c) {
        return c.getName() + (Boolean.TRUE.equals(c.getAbsent()) ? ", пропуск" : ", опоздание")
                + (Boolean.TRUE.equals(c.getExcused()) ? ", уважительная" : "");
    }

    private static List<AttendanceCode> materializedCodes(ObjectContext context, Actor actor) {
        List<AttendanceCode> rows = SchoolScope.select(AttendanceCode.class, actor.schoolId())
                .orderBy(AttendanceCode.SORT_ORDER.asc()).select(context);
        if (!rows.isEmpty()) {
            return rows;
        }
        List<AttendanceCode> created = new ArrayList<>();
        int order = 0;
        for (AttendanceCodeInfo d : DEFAULT_CODES) {
            AttendanceCode c = context.newObject(AttendanceCode.class);
            c.setSchool(Cayenne.objectForPK(context, School.class, actor.schoolId()));
            c.setCode(d.code());
            c.setName(d.name());
            c.setAbsent(d.absent());
            c.setExcused(d.excused());
            c.setSortOrder(++order);
            c.setActive(true);
            created.add(c);
        }
        return created;
    }

    // --- marks --------------------------------------------------------------------------------------------

    @Override
    public WriteResult<MarkCell> setMark(Actor actor, String address, long workId, long studentId, String value,
                                         int expectedVersion) {
        long[] lessonId = {0};
        try {
            // One database transaction for the whole save (reads, checks, the mark and its audit row): no extra
            // commit between reading and writing. The version is checked by the UPDATE itself (or the cell's unique
            // key on a first write); a conflict is reported after the rollback, from a fresh read.
            return inTransaction(() -> saveMark(actor, address, workId, studentId, value, expectedVersion, lessonId));
        } catch (CayenneRuntimeException e) {
            if (isConflict(e)) {
                throw markConflict(actor.schoolId(), workId, lessonId[0], studentId);
            }
            throw e;
        }
    }

    private WriteResult<MarkCell> saveMark(Actor actor, String address, long workId, long studentId, String value,
                                           int expectedVersion, long[] lessonId) {
        ObjectContext context = store.newContext();
        // One query: the work with its lesson and class, the student in the school, the rules' facts of this cell,
        // the writer's name. The mark itself is the only entity fetched; the others are referenced by id.
        StoreRuleContext cell = StoreRuleContext.forWorkCell(context, actor.schoolId(), actor.accountId(), workId,
                studentId).orElseThrow(() -> new NotFoundException("work", workId));
        StoreRuleContext.CellTarget target = cell.target();
        lessonId[0] = target.lessonId();
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, target.lessonId());
        if (!cell.studentFound()) {
            throw new NotFoundException("student", studentId);
        }
        GradingScale scale = extensions.scale();
        String normalized = scale.normalize(value == null ? "" : value).orElseThrow(() ->
                new ValidationException("error.journal.mark.invalid", value == null ? "" : value.strip(),
                        String.join(", ", scale.values())));
        Mark mark = findMark(context, workId, studentId);
        int actual = mark == null ? MarkCell.EMPTY_VERSION : mark.getVersion();
        if (actual != expectedVersion) {
            throw markConflict(actor.schoolId(), workId, target.lessonId(), studentId);
        }
        String old = mark == null ? "" : mark.getValue();
        if (old.equals(normalized)) {
            return new WriteResult<>(markState(context, actor.schoolId(), workId, target.lessonId(), studentId),
                    List.of());
        }
        List<RuleVerdict> warnings = checkRules(cell, new JournalChange(Kind.MARK_SET, actor, actor.schoolId(),
                target.classId(), target.grade(), target.assignmentId(), target.lessonId(), target.lessonDate(),
                workId, target.workType(), studentId, old, normalized));
        AuditEvent event;
        if (mark == null) {
            mark = context.newObject(Mark.class);
            mark.setSchool(reference(context, School.class, actor.schoolId()));
            mark.setWork(reference(context, Work.class, workId));
            mark.setStudent(reference(context, Student.class, studentId));
            mark.setCreatedBy(reference(context, UserAccount.class, actor.accountId()));
            mark.setValue(normalized);
            // The new row's id is known only after its insert: audit in a second flush of the same transaction.
            context.commitChanges();
            event = JournalAudit.record(context, actor, address, JournalAudit.MARK, mark.getId(), JournalAudit.INSERT,
                    "value", null, normalized, target.lessonId(), workId, studentId);
        } else {
            mark.setValue(normalized);
            event = JournalAudit.record(context, actor, address, JournalAudit.MARK, mark.getId(), JournalAudit.UPDATE,
                    "value", old, normalized, target.lessonId(), workId, studentId);
        }
        context.commitChanges();
        // The cell as just committed (value, bumped version, this audit row's writer and time), not re-read.
        return new WriteResult<>(new MarkCell(workId, target.lessonId(), studentId, mark.getValue(), mark.getVersion(),
                cell.writer(), event.getOccurredAt().toInstant(ZoneOffset.UTC)), warnings);
    }

    /**
     * The entity with this id as a hollow object of the context, without a query: for setting a relationship whose
     * target the caller has already checked (here: in the same school, by the cell's one query).
     */
    private static <T extends org.apache.cayenne.Persistent> T reference(ObjectContext context, Class<T> type,
                                                                          long id) {
        String entity = context.getEntityResolver().getObjEntity(type).getName();
        @SuppressWarnings("unchecked")
        T detached = (T) context.getEntityResolver().getClassDescriptor(entity).createObject();
        detached.setObjectId(org.apache.cayenne.ObjectId.of(entity, "id", id));
        return context.localObject(detached);
    }

    @Override
    public WriteResult<MarkCell> clearMark(Actor actor, String address, long workId, long studentId,
                                           int expectedVersion) {
        ObjectContext context = store.newContext();
        Work work = loadWork(context, actor, workId);
        Lesson lesson = work.getLesson();
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lesson.getId());
        Mark mark = findMark(context, work, studentId);
        checkVersion(context, actor.schoolId(), work, studentId, mark == null ? null : mark.getVersion(),
                expectedVersion);
        if (mark == null) {
            return new WriteResult<>(markState(context, actor.schoolId(), work, studentId), List.of());
        }
        String old = mark.getValue();
        List<RuleVerdict> warnings = checkRules(context, change(Kind.MARK_CLEAR, actor, lesson, work, studentId, old,
                ""));
        long markId = mark.getId();
        context.deleteObjects(mark);
        JournalAudit.record(context, actor, address, JournalAudit.MARK, markId, JournalAudit.DELETE, "value", old,
                null, lesson.getId(), work.getId(), studentId);
        commitWithAudit(context, actor.schoolId(), work, studentId, null);
        return new WriteResult<>(markState(store.newContext(), actor.schoolId(), work.getId(), lesson.getId(),
                studentId), warnings);
    }

    private static Mark findMark(ObjectContext context, Work work, long studentId) {
        return findMark(context, work.getId(), studentId);
    }

    private static Mark findMark(ObjectContext context, long workId, long studentId) {
        return ObjectSelect.query(Mark.class).where(org.apache.cayenne.exp.ExpressionFactory.matchDbExp("work_id",
                workId)).and(org.apache.cayenne.exp.ExpressionFactory.matchDbExp("student_id", studentId))
                .selectOne(context);
    }

    private void checkVersion(ObjectContext context, long schoolId, Work work, long studentId, Integer stored,
                              int expected) {
        int actual = stored == null ? MarkCell.EMPTY_VERSION : stored;
        if (actual != expected) {
            throw markConflict(schoolId, work.getId(), work.getLesson().getId(), studentId);
        }
    }

    private JournalConflictException markConflict(long schoolId, long workId, long lessonId, long studentId) {
        MarkCell now = markState(store.newContext(), schoolId, workId, lessonId, studentId);
        return new JournalConflictException(now, now.value(), now.version(), now.changedBy(), now.changedAt());
    }

    private MarkCell markState(ObjectContext context, long schoolId, Work work, long studentId) {
        return markState(context, schoolId, work.getId(), work.getLesson().getId(), studentId);
    }

    private static MarkCell markState(ObjectContext context, long schoolId, long workId, long lessonId,
                                      long studentId) {
        List<DataRow> rows = SQLSelect.dataRowQuery("SELECT value, version, created_at, updated_at FROM mark"
                        + " WHERE school_id = #bind($schoolId) AND work_id = #bind($workId)"
                        + " AND student_id = #bind($studentId)")
                .param("schoolId", schoolId).param("workId", workId).param("studentId", studentId)
                .lowerColumnNames().select(context);
        HistoryEntry last = lastOf(JournalAudit.cellHistory(context, schoolId, lessonId, workId, studentId),
                JournalAudit.MARK, workId);
        if (rows.isEmpty()) {
            return new MarkCell(workId, lessonId, studentId, "", MarkCell.EMPTY_VERSION,
                    last == null ? "" : last.who(), last == null ? null : last.occurredAt());
        }
        DataRow r = rows.get(0);
        return new MarkCell(workId, lessonId, studentId, (String) r.get("value"),
                ((Number) r.get("version")).intValue(), last == null ? "" : last.who(),
                last == null ? changedAt(r) : last.occurredAt());
    }

    private static HistoryEntry lastOf(List<HistoryEntry> history, String entity, Long workId) {
        HistoryEntry last = null;
        for (HistoryEntry e : history) {
            if (e.entity().equals(entity) && Objects.equals(e.workId(), workId)) {
                last = e;
            }
        }
        return last;
    }

    // --- attendance ---------------------------------------------------------------------------------------

    @Override
    public WriteResult<AttendanceCell> setAttendance(Actor actor, String address, long lessonId, long studentId,
                                                     String code, int expectedVersion) {
        try {
            // One transaction, as for a mark (see setMark).
            return inTransaction(() -> saveAttendance(actor, address, lessonId, studentId, code, expectedVersion));
        } catch (CayenneRuntimeException e) {
            if (isConflict(e)) {
                throw attendanceConflict(actor.schoolId(), lessonId, studentId);
            }
            throw e;
        }
    }

    private WriteResult<AttendanceCell> saveAttendance(Actor actor, String address, long lessonId, long studentId,
                                                       String code, int expectedVersion) {
        ObjectContext context = store.newContext();
        StoreRuleContext cell = StoreRuleContext.forLessonCell(context, actor.schoolId(), actor.accountId(), lessonId,
                studentId).orElseThrow(() -> new NotFoundException("lesson", lessonId));
        StoreRuleContext.CellTarget target = cell.target();
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lessonId);
        if (!cell.studentFound()) {
            throw new NotFoundException("student", studentId);
        }
        String normalized = normalizeCode(context, actor.schoolId(), code);
        Attendance row = findAttendance(context, lessonId, studentId);
        checkAttendanceVersion(actor.schoolId(), lessonId, studentId, row, expectedVersion);
        String old = row == null ? "" : row.getCode();
        if (old.equals(normalized)) {
            return new WriteResult<>(attendanceState(context, actor.schoolId(), lessonId, studentId), List.of());
        }
        List<RuleVerdict> warnings = checkRules(cell, new JournalChange(Kind.ATTENDANCE_SET, actor, actor.schoolId(),
                target.classId(), target.grade(), target.assignmentId(), lessonId, target.lessonDate(), null, "",
                studentId, old, normalized));
        boolean insert = row == null;
        UserAccount me = reference(context, UserAccount.class, actor.accountId());
        if (insert) {
            row = context.newObject(Attendance.class);
            row.setSchool(reference(context, School.class, actor.schoolId()));
            row.setLesson(reference(context, Lesson.class, lessonId));
            row.setStudent(reference(context, Student.class, studentId));
            row.setCreatedBy(me);
            row.setReason("");
            row.setCode(normalized);
            // The new row's id is known only after its insert: audit in a second flush of the same transaction.
            context.commitChanges();
        } else {
            row.setUpdatedBy(me);
            row.setCode(normalized);
        }
        AuditEvent event = JournalAudit.record(context, actor, address, JournalAudit.ATTENDANCE, row.getId(),
                insert ? JournalAudit.INSERT : JournalAudit.UPDATE, "code", insert ? null : old, normalized, lessonId,
                null, studentId);
        context.commitChanges();
        // The cell as just committed, not re-read.
        return new WriteResult<>(new AttendanceCell(lessonId, studentId, row.getCode(), row.getReason(),
                row.getVersion(), cell.writer(), event.getOccurredAt().toInstant(ZoneOffset.UTC)), warnings);
    }

    @Override
    public WriteResult<AttendanceCell> clearAttendance(Actor actor, String address, long lessonId, long studentId,
                                                       int expectedVersion) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lessonId);
        Attendance row = findAttendance(context, lesson, studentId);
        checkAttendanceVersion(actor.schoolId(), lessonId, studentId, row, expectedVersion);
        if (row == null) {
            return new WriteResult<>(attendanceState(context, actor.schoolId(), lessonId, studentId), List.of());
        }
        String old = row.getCode();
        String oldReason = row.getReason() == null ? "" : row.getReason();
        List<RuleVerdict> warnings = checkRules(context, change(Kind.ATTENDANCE_CLEAR, actor, lesson, null,
                studentId, old, ""));
        long id = row.getId();
        context.deleteObjects(row);
        JournalAudit.record(context, actor, address, JournalAudit.ATTENDANCE, id, JournalAudit.DELETE, "code", old,
                null, lessonId, null, studentId);
        if (!oldReason.isEmpty()) {
            JournalAudit.record(context, actor, address, JournalAudit.ATTENDANCE, id, JournalAudit.DELETE, "reason",
                    oldReason, null, lessonId, null, studentId);
        }
        commitAttendance(context, actor.schoolId(), lessonId, studentId, null);
        return new WriteResult<>(attendanceState(store.newContext(), actor.schoolId(), lessonId, studentId), warnings);
    }

    @Override
    public WriteResult<AttendanceCell> setAbsenceReason(Actor actor, String address, long lessonId, long studentId,
                                                        String code, String reason, int expectedVersion) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        if (!policy.allows(actor, Operation.LESSON_JOURNAL_WRITE, lessonId)) {
            policy.check(actor, Operation.CLASS_ATTENDANCE_MANAGE, lesson.getAssignment().getSchoolClass().getId());
        }
        Attendance row = findAttendance(context, lesson, studentId);
        checkAttendanceVersion(actor.schoolId(), lessonId, studentId, row, expectedVersion);
        if (row == null) {
            throw new ValidationException("error.journal.attendance.none");
        }
        String newReason = reason == null ? "" : reason.strip();
        if (newReason.length() > REASON_MAX) {
            throw new ValidationException("error.journal.reason.tooLong", REASON_MAX);
        }
        String oldCode = row.getCode();
        String newCode = code == null ? oldCode : normalizeCode(context, actor.schoolId(), code);
        String oldReason = row.getReason() == null ? "" : row.getReason();
        List<RuleVerdict> warnings = new ArrayList<>();
        if (!newCode.equals(oldCode)) {
            warnings.addAll(checkRules(context, change(Kind.ATTENDANCE_SET, actor, lesson, null, studentId, oldCode,
                    newCode)));
        }
        if (!newReason.equals(oldReason)) {
            warnings.addAll(checkRules(context, change(Kind.ABSENCE_REASON, actor, lesson, null, studentId, oldReason,
                    newReason)));
        }
        if (newCode.equals(oldCode) && newReason.equals(oldReason)) {
            return new WriteResult<>(attendanceState(context, actor.schoolId(), lessonId, studentId), List.of());
        }
        row.setCode(newCode);
        row.setReason(newReason);
        row.setUpdatedBy(Cayenne.objectForPK(context, UserAccount.class, actor.accountId()));
        long id = row.getId();
        if (!newCode.equals(oldCode)) {
            JournalAudit.record(context, actor, address, JournalAudit.ATTENDANCE, id, JournalAudit.UPDATE, "code",
                    oldCode, newCode, lessonId, null, studentId);
        }
        if (!newReason.equals(oldReason)) {
            JournalAudit.record(context, actor, address, JournalAudit.ATTENDANCE, id, JournalAudit.UPDATE, "reason",
                    oldReason, newReason, lessonId, null, studentId);
        }
        commitAttendance(context, actor.schoolId(), lessonId, studentId, null);
        return new WriteResult<>(attendanceState(store.newContext(), actor.schoolId(), lessonId, studentId), warnings);
    }

    private String normalizeCode(ObjectContext context, long schoolId, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.forLanguageTag("ru"));
        List<AttendanceCodeInfo> codes = codes(context, schoolId);
        for (AttendanceCodeInfo info : codes) {
            if (info.code().equalsIgnoreCase(c)) {
                return info.code();
            }
        }
        throw new ValidationException("error.journal.attendance.invalid", code == null ? "" : code.strip(),
                String.join(", ", codes.stream().map(AttendanceCodeInfo::code).toList()));
    }

    private static Attendance findAttendance(ObjectContext context, Lesson lesson, long studentId) {
        return findAttendance(context, lesson.getId(), studentId);
    }

    private static Attendance findAttendance(ObjectContext context, long lessonId, long studentId) {
        return ObjectSelect.query(Attendance.class).where(org.apache.cayenne.exp.ExpressionFactory.matchDbExp(
                "lesson_id", lessonId)).and(org.apache.cayenne.exp.ExpressionFactory.matchDbExp("student_id",
                studentId)).selectOne(context);
    }

    private void checkAttendanceVersion(long schoolId, long lessonId, long studentId, Attendance row, int expected) {
        int actual = row == null ? MarkCell.EMPTY_VERSION : row.getVersion();
        if (actual != expected) {
            throw attendanceConflict(schoolId, lessonId, studentId);
        }
    }

    private JournalConflictException attendanceConflict(long schoolId, long lessonId, long studentId) {
        AttendanceCell now = attendanceState(store.newContext(), schoolId, lessonId, studentId);
        return new JournalConflictException(now, now.code(), now.version(), now.changedBy(), now.changedAt());
    }

    private static AttendanceCell attendanceState(ObjectContext context, long schoolId, long lessonId,
                                                  long studentId) {
        List<DataRow> rows = SQLSelect.dataRowQuery("SELECT code, reason, version, created_at, updated_at"
                        + " FROM attendance WHERE school_id = #bind($schoolId) AND lesson_id = #bind($lessonId)"
                        + " AND student_id = #bind($studentId)")
                .param("schoolId", schoolId).param("lessonId", lessonId).param("studentId", studentId)
                .lowerColumnNames().select(context);
        HistoryEntry last = lastOf(JournalAudit.cellHistory(context, schoolId, lessonId, null, studentId),
                JournalAudit.ATTENDANCE, null);
        if (rows.isEmpty()) {
            return new AttendanceCell(lessonId, studentId, "", "", MarkCell.EMPTY_VERSION,
                    last == null ? "" : last.who(), last == null ? null : last.occurredAt());
        }
        DataRow r = rows.get(0);
        return new AttendanceCell(lessonId, studentId, (String) r.get("code"), (String) r.get("reason"),
                ((Number) r.get("version")).intValue(), last == null ? "" : last.who(),
                last == null ? changedAt(r) : last.occurredAt());
    }

    @Override
    public ClassAttendanceWeek classAttendanceWeek(Actor actor, long classId, LocalDate day) {
        policy.check(actor, Operation.CLASS_ATTENDANCE_MANAGE, classId);
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(),
                "schoolClass");
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        List<Lesson> lessons = ObjectSelect.query(Lesson.class)
                .where(Lesson.ASSIGNMENT.dot(TeachingAssignment.SCHOOL_CLASS).eq(schoolClass))
                .and(Lesson.LESSON_DATE.between(monday, sunday))
                .prefetch(Lesson.ASSIGNMENT.joint())
                .prefetch(Lesson.ASSIGNMENT.dot(TeachingAssignment.SUBJECT).joint())
                .prefetch(Lesson.TEACHER.joint())
                .orderBy(Lesson.LESSON_DATE.asc(), Lesson.LESSON_NUMBER.asc())
                .select(context);
        List<WeekLesson> weekLessons = new ArrayList<>();
        for (Lesson l : lessons) {
            TeachingAssignment a = l.getAssignment();
            Staff t = l.getTeacher();
            weekLessons.add(new WeekLesson(l.getId(), l.getLessonDate(), l.getLessonNumber(),
                    a.getSubject().getName(), new PersonName(t.getLastName(), t.getFirstName(), t.getMiddleName())
                    .full(), a.getSubgroup() == null ? "" : a.getSubgroup().getName()));
        }
        Map<Long, StudentSummary> students = new LinkedHashMap<>();
        for (Enrollment e : ObjectSelect.query(Enrollment.class).where(Enrollment.SCHOOL_CLASS.eq(schoolClass))
                .and(Enrollment.START_DATE.lte(sunday))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(monday)))
                .prefetch(Enrollment.STUDENT.joint()).select(context)) {
            Student s = e.getStudent();
            students.putIfAbsent(s.getId(), new StudentSummary(s.getId(),
                    new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName())));
        }
        List<StudentSummary> sorted = new ArrayList<>(students.values());
        sorted.sort((x, y) -> RussianNameOrder.collator().compare(x.name().full(), y.name().full()));
        List<AttendanceCell> absences = new ArrayList<>();
        if (!lessons.isEmpty()) {
            for (Attendance a : ObjectSelect.query(Attendance.class).where(Attendance.LESSON.in(lessons))
                    .prefetch(Attendance.STUDENT.joint()).select(context)) {
                absences.add(new AttendanceCell(a.getLesson().getId(), a.getStudent().getId(), a.getCode(),
                        a.getReason(), a.getVersion(), "", a.getUpdatedAt() != null
                        ? a.getUpdatedAt().toInstant(ZoneOffset.UTC) : a.getCreatedAt().toInstant(ZoneOffset.UTC)));
            }
        }
        return new ClassAttendanceWeek(classId, schoolClass.getGrade() + schoolClass.getLetter(), monday, weekLessons,
                sorted, absences, codes(context, actor.schoolId()));
    }

    // --- lesson -------------------------------------------------------------------------------------------

    @Override
    public WriteResult<LessonState> updateLesson(Actor actor, String address, long lessonId, String topic,
                                                 String homework, int expectedVersion) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lessonId);
        int version = lesson.getVersion() == null ? 0 : lesson.getVersion();
        if (version != expectedVersion) {
            throw lessonConflict(actor, lessonId);
        }
        String oldTopic = nullToEmpty(lesson.getTopic());
        String oldHomework = nullToEmpty(lesson.getHomework());
        String newTopic = topic == null ? oldTopic : topic.strip();
        String newHomework = homework == null ? oldHomework : homework.strip();
        if (newTopic.length() > TOPIC_MAX) {
            throw new ValidationException("error.journal.topic.tooLong", TOPIC_MAX);
        }
        if (newHomework.length() > HOMEWORK_MAX) {
            throw new ValidationException("error.journal.homework.tooLong", HOMEWORK_MAX);
        }
        List<RuleVerdict> warnings = new ArrayList<>();
        boolean topicChanged = !newTopic.equals(oldTopic);
        boolean homeworkChanged = !newHomework.equals(oldHomework);
        if (topicChanged) {
            warnings.addAll(checkRules(context, change(Kind.TOPIC, actor, lesson, null, null, oldTopic, newTopic)));
        }
        if (homeworkChanged) {
            warnings.addAll(checkRules(context, change(Kind.HOMEWORK, actor, lesson, null, null, oldHomework,
                    newHomework)));
        }
        if (!topicChanged && !homeworkChanged) {
            return new WriteResult<>(lessonState(context, actor, lesson), List.of());
        }
        if (topicChanged) {
            lesson.setTopic(newTopic);
            JournalAudit.record(context, actor, address, JournalAudit.LESSON, lessonId, JournalAudit.UPDATE, "topic",
                    oldTopic, newTopic, lessonId, null, null);
        }
        if (homeworkChanged) {
            lesson.setHomework(newHomework);
            JournalAudit.record(context, actor, address, JournalAudit.LESSON, lessonId, JournalAudit.UPDATE,
                    "homework", oldHomework, newHomework, lessonId, null, null);
        }
        try {
            context.commitChanges();
        } catch (CayenneRuntimeException e) {
            context.rollbackChanges();
            if (isConflict(e)) {
                throw lessonConflict(actor, lessonId);
            }
            throw e;
        }
        ObjectContext fresh = store.newContext();
        return new WriteResult<>(lessonState(fresh, actor, loadLesson(fresh, actor, lessonId)), warnings);
    }

    private JournalConflictException lessonConflict(Actor actor, long lessonId) {
        ObjectContext fresh = store.newContext();
        LessonState now = lessonState(fresh, actor, loadLesson(fresh, actor, lessonId));
        HistoryEntry last = null;
        for (HistoryEntry e : JournalAudit.lessonHistory(fresh, actor.schoolId(), lessonId)) {
            if (e.entity().equals(JournalAudit.LESSON)) {
                last = e;
            }
        }
        return new JournalConflictException(now, now.topic() + (now.homework().isEmpty() ? "" : " / " + now.homework()),
                now.version(), last == null ? "" : last.who(), last == null ? null : last.occurredAt());
    }

    @Override
    public WriteResult<WorkInfo> addWork(Actor actor, String address, long lessonId, String workTypeCode,
                                         String title) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lessonId);
        String code = workTypeCode == null ? "" : workTypeCode.strip();
        WorkTypeInfo type = workTypes(context, actor.schoolId()).stream()
                .filter(t -> t.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new ValidationException("error.journal.workType.invalid", code));
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() > TITLE_MAX) {
            throw new ValidationException("error.journal.workTitle.tooLong", TITLE_MAX);
        }
        List<RuleVerdict> warnings = checkRules(context, new JournalChange(Kind.WORK_ADD, actor, actor.schoolId(),
                classOf(lesson).getId(), classOf(lesson).getGrade(), assignmentId(lesson), lessonId,
                lesson.getLessonDate(), null, type.code(), null, "", cleanTitle));
        Work work = context.newObject(Work.class);
        work.setSchool(lesson.getSchool());
        work.setLesson(lesson);
        work.setWorkType(type.code());
        work.setWeight(type.weight());
        work.setTitle(cleanTitle);
        inTransaction(() -> {
            context.commitChanges();
            JournalAudit.record(context, actor, address, JournalAudit.WORK, work.getId(), JournalAudit.INSERT, "work",
                    null, describe(type, cleanTitle), lessonId, work.getId(), null);
            context.commitChanges();
            return null;
        });
        return new WriteResult<>(workInfo(context, actor.schoolId(), work), warnings);
    }

    @Override
    public WriteResult<WorkInfo> removeWork(Actor actor, String address, long workId) {
        ObjectContext context = store.newContext();
        Work work = loadWork(context, actor, workId);
        Lesson lesson = work.getLesson();
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lesson.getId());
        if (!work.getMarks().isEmpty()) {
            throw new ValidationException("error.journal.work.hasMarks", work.getMarks().size());
        }
        WorkInfo info = workInfo(context, actor.schoolId(), work);
        List<RuleVerdict> warnings = checkRules(context, change(Kind.WORK_REMOVE, actor, lesson, work, null,
                nullToEmpty(work.getTitle()), ""));
        JournalAudit.record(context, actor, address, JournalAudit.WORK, workId, JournalAudit.DELETE, "work",
                describe(new WorkTypeInfo(info.workType(), info.typeName(), info.weight()), info.title()), null,
                lesson.getId(), workId, null);
        context.deleteObjects(work);
        context.commitChanges();
        return new WriteResult<>(info, warnings);
    }

    private static String describe(WorkTypeInfo type, String title) {
        return type.name() + " (" + type.code() + ", вес " + type.weight() + ")" + (title.isEmpty() ? "" : ": " + title);
    }

    private static WorkInfo workInfo(ObjectContext context, long schoolId, Work w) {
        String typeName = workTypes(context, schoolId).stream().filter(t -> t.code().equals(w.getWorkType()))
                .map(WorkTypeInfo::name).findFirst().orElse(w.getWorkType());
        return new WorkInfo(w.getId(), w.getLesson().getId(), w.getWorkType(), typeName, nullToEmpty(w.getTitle()),
                w.getWeight() == null ? 1 : w.getWeight(), w.getLesson().getAssignment().getSubject().getName());
    }

    // --- attachments --------------------------------------------------------------------------------------

    @Override
    public WriteResult<AttachmentInfo> addAttachment(Actor actor, String address, long lessonId, String fileName,
                                                     String contentType, byte[] content) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lessonId);
        if (content == null || content.length == 0) {
            throw new ValidationException("error.journal.attachment.empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new ValidationException("error.journal.attachment.tooLarge", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new ValidationException("error.journal.attachment.name");
        }
        List<RuleVerdict> warnings = checkRules(context, change(Kind.ATTACHMENT_ADD, actor, lesson, null, null, "",
                name));
        LessonAttachment a = context.newObject(LessonAttachment.class);
        a.setSchool(lesson.getSchool());
        a.setLesson(lesson);
        a.setFileName(name);
        a.setContentType(contentType == null || contentType.isBlank() ? "application/octet-stream"
                : contentType.strip());
        a.setSizeBytes((long) content.length);
        a.setContent(content);
        a.setUploadedBy(actor.accountId());
        a.setUploadedAt(LocalDateTime.now(ZoneOffset.UTC));
        String file = name;
        inTransaction(() -> {
            context.commitChanges();
            JournalAudit.record(context, actor, address, JournalAudit.ATTACHMENT, a.getId(), JournalAudit.INSERT,
                    "file", null, file + " (" + content.length + " байт)", lessonId, null, null);
            context.commitChanges();
            return null;
        });
        return new WriteResult<>(attachmentInfo(a, actor.displayName()), warnings);
    }

    @Override
    public WriteResult<AttachmentInfo> removeAttachment(Actor actor, String address, long attachmentId) {
        ObjectContext context = store.newContext();
        LessonAttachment a = SchoolScope.byId(context, LessonAttachment.class, attachmentId, actor.schoolId(),
                "attachment");
        if (a.getRemovedAt() != null) {
            throw new NotFoundException("attachment", attachmentId);
        }
        Lesson lesson = a.getLesson();
        policy.check(actor, Operation.LESSON_JOURNAL_WRITE, lesson.getId());
        List<RuleVerdict> warnings = checkRules(context, change(Kind.ATTACHMENT_REMOVE, actor, lesson, null, null,
                a.getFileName(), ""));
        a.setRemovedAt(LocalDateTime.now(ZoneOffset.UTC));
        JournalAudit.record(context, actor, address, JournalAudit.ATTACHMENT, attachmentId, JournalAudit.DELETE,
                "file", a.getFileName(), null, lesson.getId(), null, null);
        context.commitChanges();
        return new WriteResult<>(attachmentInfo(a, ""), warnings);
    }

    @Override
    public List<AttachmentInfo> attachments(Actor actor, long lessonId) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId(lesson));
        return attachmentsOf(context, lesson);
    }

    private static List<AttachmentInfo> attachmentsOf(ObjectContext context, Lesson lesson) {
        List<AttachmentInfo> out = new ArrayList<>();
        for (DataRow r : SQLSelect.dataRowQuery("SELECT a.id, a.file_name, a.content_type, a.size_bytes,"
                        + " a.uploaded_at, u.login, st.last_name AS s_last, st.first_name AS s_first,"
                        + " st.middle_name AS s_middle FROM lesson_attachment a"
                        + " LEFT JOIN user_account u ON u.id = a.uploaded_by LEFT JOIN staff st ON st.id = u.staff_id"
                        + " WHERE a.lesson_id = #bind($lessonId) AND a.removed_at IS NULL ORDER BY a.id")
                .param("lessonId", lesson.getId()).lowerColumnNames().select(context)) {
            out.add(new AttachmentInfo(asLong(r.get("id")), lesson.getId(), (String) r.get("file_name"),
                    (String) r.get("content_type"), asLong(r.get("size_bytes")), JournalAudit.who(r),
                    JournalAudit.toInstant(r.get("uploaded_at"))));
        }
        return out;
    }

    @Override
    public byte[] attachmentContent(Actor actor, long attachmentId) {
        ObjectContext context = store.newContext();
        LessonAttachment a = SchoolScope.byId(context, LessonAttachment.class, attachmentId, actor.schoolId(),
                "attachment");
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId(a.getLesson()));
        if (a.getRemovedAt() != null) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return a.getContent();
    }

    private static AttachmentInfo attachmentInfo(LessonAttachment a, String who) {
        return new AttachmentInfo(a.getId(), a.getLesson().getId(), a.getFileName(), a.getContentType(),
                a.getSizeBytes(), who, a.getUploadedAt().toInstant(ZoneOffset.UTC));
    }

    // --- history ------------------------------------------------------------------------------------------

    @Override
    public List<HistoryEntry> cellHistory(Actor actor, long lessonId, Long workId, long studentId) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId(lesson));
        return JournalAudit.cellHistory(context, actor.schoolId(), lessonId, workId, studentId);
    }

    @Override
    public List<HistoryEntry> lessonHistory(Actor actor, long lessonId) {
        ObjectContext context = store.newContext();
        Lesson lesson = loadLesson(context, actor, lessonId);
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId(lesson));
        return JournalAudit.lessonHistory(context, actor.schoolId(), lessonId);
    }

    // --- common -------------------------------------------------------------------------------------------

    private LessonState lessonState(ObjectContext context, Actor actor, Lesson lesson) {
        List<WorkInfo> works = new ArrayList<>();
        for (Work w : ObjectSelect.query(Work.class).where(Work.LESSON.eq(lesson))
                .orderBy(Work.ID_PK_PROPERTY.asc()).select(context)) {
            works.add(workInfo(context, actor.schoolId(), w));
        }
        return new LessonState(lesson.getId(), assignmentId(lesson), lesson.getLessonDate(), lesson.getLessonNumber(),
                lesson.getTopic(), lesson.getHomework(), lesson.getVersion() == null ? 0 : lesson.getVersion(), works,
                attachmentsOf(context, lesson), policy.allows(actor, Operation.LESSON_JOURNAL_WRITE, lesson.getId()));
    }

    /**
     * Runs every journal rule on the change; the first refusal stops the write.
     *
     * @return the warnings
     */
    private List<RuleVerdict> checkRules(ObjectContext context, JournalChange change) {
        return checkRules(new StoreRuleContext(context, change.schoolId()), change);
    }

    private List<RuleVerdict> checkRules(StoreRuleContext ruleContext, JournalChange change) {
        List<RuleVerdict> warnings = new ArrayList<>();
        for (JournalRule rule : extensions.rules()) {
            RuleVerdict verdict;
            try {
                verdict = rule.check(change, ruleContext);
            } catch (RuntimeException e) {
                // A broken add-on must not take the journal down, nor let a write pass unchecked silently.
                LOG.error("Journal rule '{}' failed on {}", safeId(rule), change.kind(), e);
                throw new ValidationException("error.journal.ruleFailed", safeId(rule));
            }
            if (verdict == null || verdict.severity() == RuleVerdict.Severity.OK) {
                continue;
            }
            if (verdict.isRefusal()) {
                throw new JournalRuleException(verdict);
            }
            warnings.add(verdict);
        }
        return warnings;
    }

    private static String safeId(JournalRule rule) {
        try {
            return rule.id();
        } catch (RuntimeException e) {
            return rule.getClass().getName();
        }
    }

    private static JournalChange change(Kind kind, Actor actor, Lesson lesson, Work work, Long studentId,
                                        String oldValue, String newValue) {
        SchoolClass c = classOf(lesson);
        return new JournalChange(kind, actor, actor.schoolId(), c.getId(), c.getGrade(), assignmentId(lesson),
                lesson.getId(), lesson.getLessonDate(), work == null ? null : work.getId(),
                work == null ? "" : work.getWorkType(), studentId, oldValue, newValue);
    }

    /** Commits a mark change; a concurrent change or creation of the same cell becomes a conflict. */
    private void commitWithAudit(ObjectContext context, long schoolId, Work work, long studentId, Runnable audit) {
        long workId = work.getId();
        long lessonId = work.getLesson().getId();
        try {
            inTransaction(() -> {
                context.commitChanges();
                if (audit != null) {
                    audit.run();
                    context.commitChanges();
                }
                return null;
            });
        } catch (CayenneRuntimeException e) {
            if (isConflict(e)) {
                throw markConflict(schoolId, workId, lessonId, studentId);
            }
            throw e;
        }
    }

    private void commitAttendance(ObjectContext context, long schoolId, long lessonId, long studentId,
                                  Runnable audit) {
        try {
            inTransaction(() -> {
                context.commitChanges();
                if (audit != null) {
                    audit.run();
                    context.commitChanges();
                }
                return null;
            });
        } catch (CayenneRuntimeException e) {
            if (isConflict(e)) {
                throw attendanceConflict(schoolId, lessonId, studentId);
            }
            throw e;
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return store.serverRuntime().performInTransaction(work::get);
        } catch (CayenneRuntimeException e) {
            // performInTransaction wraps what it does not know; give our own exceptions back as they were.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJournalException ej) {
                    throw ej;
                }
            }
            throw e;
        }
    }

    /** An optimistic-lock failure, or the unique key of a cell hit by a concurrent first write. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static Lesson loadLesson(ObjectContext context, Actor actor, long lessonId) {
        Lesson lesson = SchoolScope.select(Lesson.class, actor.schoolId()).and(Lesson.ID_PK_PROPERTY.eq(lessonId))
                .prefetch(Lesson.ASSIGNMENT.joint())
                .prefetch(Lesson.ASSIGNMENT.dot(TeachingAssignment.SCHOOL_CLASS).joint())
                .selectOne(context);
        if (lesson == null) {
            throw new NotFoundException("lesson", lessonId);
        }
        return lesson;
    }

    private static Work loadWork(ObjectContext context, Actor actor, long workId) {
        Work work = SchoolScope.select(Work.class, actor.schoolId()).and(Work.ID_PK_PROPERTY.eq(workId))
                .prefetch(Work.LESSON.joint())
                .prefetch(Work.LESSON.dot(Lesson.ASSIGNMENT).joint())
                .prefetch(Work.LESSON.dot(Lesson.ASSIGNMENT).dot(TeachingAssignment.SCHOOL_CLASS).joint())
                .selectOne(context);
        if (work == null) {
            throw new NotFoundException("work", workId);
        }
        return work;
    }

    private static SchoolClass classOf(Lesson lesson) {
        return lesson.getAssignment().getSchoolClass();
    }

    private static long assignmentId(Lesson lesson) {
        return lesson.getAssignment().getId();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}

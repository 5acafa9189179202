package org.ejournal.gradebook.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.cayenne.Cayenne;
import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.Actor;
import org.ejournal.api.journal.HistoryEntry;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.School;

/**
 * The audit trail of journal data, shared by every writer of the gradebook bundle (marks, attendance, lessons,
 * works, files, final marks): one row per changed field, inserted in the same context — hence the same commit —
 * as the change itself, and never updated or deleted. Also reads the trail back as {@link HistoryEntry}s with
 * the name of whoever wrote.
 *
 * <p>Use: {@code JournalAudit.record(context, actor, address, JournalAudit.MARK, mark.getId(), UPDATE, "value",
 * old, new, lessonId, workId, studentId)} before {@code context.commitChanges()}. For a row being inserted its id
 * is known only after a first commit: do both commits inside {@code serverRuntime().performInTransaction}.
 */
public final class JournalAudit {

    public static final String MARK = "mark";
    public static final String ATTENDANCE = "attendance";
    public static final String LESSON = "lesson";
    public static final String WORK = "work";
    public static final String ATTACHMENT = "lesson_attachment";
    public static final String FINAL_MARK = "final_mark";

    public static final String INSERT = "INSERT";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    private static final int VALUE_MAX = 1000;
    private static final int ADDRESS_MAX = 64;

    private JournalAudit() {
    }

    /**
     * Adds one audit row to the context (stored by the caller's commit).
     *
     * @param oldValue the value before, {@code null} when the row is new
     * @param newValue the value after, {@code null} when it is removed
     */
    public static AuditEvent record(ObjectContext context, Actor actor, String address, String entity, long entityId,
                                    String action, String field, String oldValue, String newValue, Long lessonId,
                                    Long workId, Long studentId) {
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(Cayenne.objectForPK(context, School.class, actor.schoolId()));
        // The column keeps milliseconds (DATETIME(3)): the row in memory equals the row stored.
        event.setOccurredAt(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        event.setAccountId(actor.accountId());
        event.setAddress(cut(address == null ? "" : address, ADDRESS_MAX));
        event.setEntity(entity);
        event.setEntityId(entityId);
        event.setAction(action);
        event.setField(field == null ? "" : field);
        event.setOldValue(oldValue == null ? null : cut(oldValue, VALUE_MAX));
        event.setNewValue(newValue == null ? null : cut(newValue, VALUE_MAX));
        event.setLessonId(lessonId);
        event.setWorkId(workId);
        event.setStudentId(studentId);
        return event;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static final String SELECT = "SELECT e.id, e.occurred_at, e.account_id, e.address, e.entity, e.entity_id,"
            + " e.action, e.field, e.old_value, e.new_value, e.lesson_id, e.work_id, e.student_id, u.login,"
            + " st.last_name AS s_last, st.first_name AS s_first, st.middle_name AS s_middle"
            + " FROM audit_event e LEFT JOIN user_account u ON u.id = e.account_id"
            + " LEFT JOIN staff st ON st.id = u.staff_id";

    /**
     * The trail of one grid cell, oldest first: rows of the lesson and student, of the given work or of no work
     * (attendance), or of any work of the lesson when {@code workId} is {@code null}.
     */
    public static List<HistoryEntry> cellHistory(ObjectContext context, long schoolId, long lessonId, Long workId,
                                                 long studentId) {
        String sql = SELECT + " WHERE e.school_id = #bind($schoolId) AND e.lesson_id = #bind($lessonId)"
                + " AND e.student_id = #bind($studentId)"
                + (workId == null ? "" : " AND (e.work_id IS NULL OR e.work_id = #bind($workId))")
                + " ORDER BY e.occurred_at, e.id";
        Map<String, Object> params = new HashMap<>();
        params.put("schoolId", schoolId);
        params.put("lessonId", lessonId);
        params.put("studentId", studentId);
        if (workId != null) {
            params.put("workId", workId);
        }
        return read(context, sql, params);
    }

    /** The trail of a lesson's own data (topic, homework, works, files), oldest first. */
    public static List<HistoryEntry> lessonHistory(ObjectContext context, long schoolId, long lessonId) {
        String sql = SELECT + " WHERE e.school_id = #bind($schoolId) AND e.lesson_id = #bind($lessonId)"
                + " AND e.student_id IS NULL ORDER BY e.occurred_at, e.id";
        return read(context, sql, Map.of("schoolId", schoolId, "lessonId", lessonId));
    }

    /** Rows of one audited row (entity and id), oldest first — e.g. a final mark's history. */
    public static List<HistoryEntry> entityHistory(ObjectContext context, long schoolId, String entity, long entityId) {
        String sql = SELECT + " WHERE e.school_id = #bind($schoolId) AND e.entity = #bind($entity)"
                + " AND e.entity_id = #bind($entityId) ORDER BY e.occurred_at, e.id";
        return read(context, sql, Map.of("schoolId", schoolId, "entity", entity, "entityId", entityId));
    }

    /** The last writer of a cell: "Фамилия Имя Отчество" (or login) and time, from the newest row; null when none. */
    public static HistoryEntry lastChange(List<HistoryEntry> history) {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    private static List<HistoryEntry> read(ObjectContext context, String sql, Map<String, Object> params) {
        List<DataRow> rows = SQLSelect.dataRowQuery(sql).params(params).lowerColumnNames().select(context);
        List<HistoryEntry> out = new ArrayList<>(rows.size());
        for (DataRow r : rows) {
            out.add(new HistoryEntry(toInstant(r.get("occurred_at")), asLong(r.get("account_id")), who(r),
                    str(r.get("address")), str(r.get("entity")), asLong(r.get("entity_id")), str(r.get("action")),
                    str(r.get("field")), (String) r.get("old_value"), (String) r.get("new_value"),
                    asLong(r.get("lesson_id")), asLong(r.get("work_id")), asLong(r.get("student_id"))));
        }
        return out;
    }

    static String who(DataRow r) {
        Object last = r.get("s_last");
        if (last != null) {
            String middle = str(r.get("s_middle"));
            return (last + " " + str(r.get("s_first")) + (middle.isEmpty() ? "" : " " + middle)).trim();
        }
        return str(r.get("login"));
    }

    static java.time.Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date d) {
            // Stored as UTC wall-clock time; read back through the same default zone.
            return new java.sql.Timestamp(d.getTime()).toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time value " + value.getClass());
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}

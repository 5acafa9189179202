package org.ejournal.gradebook.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.journal.JournalRuleContext;
import org.ejournal.api.journal.WorkInfo;

/** Answers the journal rules' questions from the store, always within one school. */
final class StoreRuleContext implements JournalRuleContext {

    private static final String ENROLLED_SQL = "SELECT COUNT(*) AS n FROM enrollment e"
            + " WHERE e.school_id = #bind($schoolId) AND e.student_id = #bind($studentId)"
            + " AND e.class_id = #bind($classId) AND e.start_date <= #bind($day)"
            + " AND (e.end_date IS NULL OR e.end_date >= #bind($day))";

    private static final String LOCKED_SQL = "SELECT COUNT(*) AS n FROM study_period p"
            + " JOIN school_class c ON c.academic_year_id = p.academic_year_id AND c.period_scheme = p.scheme"
            + " WHERE c.id = #bind($classId) AND c.school_id = #bind($schoolId) AND p.school_id = #bind($schoolId)"
            + " AND p.start_date <= #bind($day) AND p.end_date >= #bind($day) AND p.locked_at IS NOT NULL";

    private static final String WORKS_SQL = "SELECT w.id, w.lesson_id, w.work_type, w.title, w.weight,"
            + " wt.name AS type_name, s.name AS subject_name FROM work w"
            + " JOIN lesson l ON l.id = w.lesson_id JOIN teaching_assignment a ON a.id = l.assignment_id"
            + " JOIN subject s ON s.id = a.subject_id"
            + " LEFT JOIN work_type wt ON wt.school_id = w.school_id AND wt.code = w.work_type"
            + " WHERE a.class_id = #bind($classId) AND l.school_id = #bind($schoolId) AND l.lesson_date = #bind($day)"
            + " ORDER BY l.lesson_number, w.id";

    /**
     * The facts of the grid cell (work × student) being written, in one round trip: the work with its lesson, class
     * and grade (only within the school, as {@code SchoolScope} would select it), whether the student is in the
     * school (the same condition as {@code SchoolScope.byId}), the rules' questions for that cell
     * ({@link #ENROLLED_SQL} and {@link #LOCKED_SQL}, verbatim, as correlated sub-queries on the lesson's class and
     * date) and the display name of the writing account (as {@link JournalAudit#who} reads it from the audit trail).
     */
    private static final String WORK_CELL_SQL = cellSql(true);

    /** {@link #WORK_CELL_SQL} for a lesson's cell (attendance), without a work. */
    private static final String LESSON_CELL_SQL = cellSql(false);

    private static String cellSql(boolean byWork) {
        return "SELECT " + (byWork ? "wk.id AS work_id, wk.work_type," : "NULL AS work_id, '' AS work_type,")
                + " ls.id AS lesson_id, ls.lesson_date, ls.assignment_id, asg.class_id, cls.grade,"
                + " (SELECT COUNT(*) FROM student s WHERE s.school_id = #bind($schoolId) AND s.id = #bind($studentId))"
                + " AS student_n, (" + correlated(ENROLLED_SQL) + ") AS enrolled_n,"
                + " (" + correlated(LOCKED_SQL) + ") AS locked_n,"
                + " u.login, st.last_name AS s_last, st.first_name AS s_first, st.middle_name AS s_middle"
                + " FROM (SELECT 1 AS one) x"
                + (byWork ? " LEFT JOIN work wk ON wk.id = #bind($workId) AND wk.school_id = #bind($schoolId)"
                        + " LEFT JOIN lesson ls ON ls.id = wk.lesson_id"
                        : " LEFT JOIN lesson ls ON ls.id = #bind($lessonId) AND ls.school_id = #bind($schoolId)")
                + " LEFT JOIN teaching_assignment asg ON asg.id = ls.assignment_id"
                + " LEFT JOIN school_class cls ON cls.id = asg.class_id"
                + " LEFT JOIN user_account u ON u.id = #bind($accountId)"
                + " LEFT JOIN staff st ON st.id = u.staff_id";
    }

    private static String correlated(String ruleSql) {
        return ruleSql.replace("COUNT(*) AS n", "COUNT(*)").replace("#bind($classId)", "asg.class_id")
                .replace("#bind($day)", "ls.lesson_date");
    }

    /** The work (none for attendance), lesson and class of a cell being written, as read with its facts. */
    record CellTarget(Long workId, String workType, long lessonId, LocalDate lessonDate, long assignmentId,
                      long classId, int grade) {
    }

    private final ObjectContext context;
    private final long schoolId;
    /** The cell whose facts were read ahead, or null. */
    private final Cell cell;

    private record Cell(CellTarget target, long studentId, boolean studentFound, boolean enrolled, boolean locked,
                        String writer) {

        long classId() {
            return target.classId();
        }

        LocalDate date() {
            return target.lessonDate();
        }
    }

    StoreRuleContext(ObjectContext context, long schoolId) {
        this(context, schoolId, null);
    }

    private StoreRuleContext(ObjectContext context, long schoolId, Cell cell) {
        this.context = context;
        this.schoolId = schoolId;
        this.cell = cell;
    }

    /**
     * A rule context for writing the cell of {@code studentId} in work {@code workId}, with that cell's facts read
     * in one query; questions about any other cell still go to the store.
     *
     * @return the context, or empty when the work is not one of the school's
     */
    static Optional<StoreRuleContext> forWorkCell(ObjectContext context, long schoolId, long accountId, long workId,
                                                  long studentId) {
        return forCell(SQLSelect.dataRowQuery(WORK_CELL_SQL).param("workId", workId), context, schoolId, accountId,
                studentId);
    }

    /**
     * A rule context for writing the attendance cell of {@code studentId} in lesson {@code lessonId}, read as
     * {@link #forWorkCell} does.
     *
     * @return the context, or empty when the lesson is not one of the school's
     */
    static Optional<StoreRuleContext> forLessonCell(ObjectContext context, long schoolId, long accountId,
                                                    long lessonId, long studentId) {
        return forCell(SQLSelect.dataRowQuery(LESSON_CELL_SQL).param("lessonId", lessonId), context, schoolId,
                accountId, studentId);
    }

    private static Optional<StoreRuleContext> forCell(SQLSelect<DataRow> query, ObjectContext context, long schoolId,
                                                      long accountId, long studentId) {
        DataRow r = query.param("schoolId", schoolId).param("studentId", studentId).param("accountId", accountId)
                .lowerColumnNames().selectOne(context);
        if (r.get("lesson_id") == null) {
            return Optional.empty();
        }
        Object workId = r.get("work_id");
        CellTarget target = new CellTarget(workId == null ? null : number(workId), (String) r.get("work_type"),
                number(r.get("lesson_id")), localDate(r.get("lesson_date")), number(r.get("assignment_id")),
                number(r.get("class_id")), (int) number(r.get("grade")));
        return Optional.of(new StoreRuleContext(context, schoolId, new Cell(target, studentId,
                positive(r.get("student_n")), positive(r.get("enrolled_n")), positive(r.get("locked_n")),
                JournalAudit.who(r))));
    }

    /** The work, lesson and class of the cell (only for a context made by {@code forWorkCell}/{@code forLessonCell}). */
    CellTarget target() {
        return cell.target();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : value instanceof Date d ? d.toLocalDate()
                : new Date(((java.util.Date) value).getTime()).toLocalDate();
    }

    /** Whether the cell's student belongs to the school (only for a context read with its cell). */
    boolean studentFound() {
        return cell.studentFound();
    }

    /** The writing account's name as the cell history shows it (only for a context read with its cell). */
    String writer() {
        return cell.writer();
    }

    private static boolean positive(Object count) {
        return count != null && ((Number) count).longValue() > 0;
    }

    @Override
    public boolean enrolled(long studentId, long classId, LocalDate date) {
        if (cell != null && cell.studentId() == studentId && cell.classId() == classId && cell.date().equals(date)) {
            return cell.enrolled();
        }
        return count(SQLSelect.dataRowQuery(ENROLLED_SQL).param("schoolId", schoolId).param("studentId", studentId)
                .param("classId", classId).param("day", Date.valueOf(date))) > 0;
    }

    @Override
    public boolean periodLocked(long classId, LocalDate date) {
        if (cell != null && cell.classId() == classId && cell.date().equals(date)) {
            return cell.locked();
        }
        return count(SQLSelect.dataRowQuery(LOCKED_SQL).param("schoolId", schoolId).param("classId", classId)
                .param("day", Date.valueOf(date))) > 0;
    }

    @Override
    public List<WorkInfo> worksOfClass(long classId, LocalDate date) {
        List<WorkInfo> works = new ArrayList<>();
        for (DataRow r : SQLSelect.dataRowQuery(WORKS_SQL).param("schoolId", schoolId).param("classId", classId)
                .param("day", Date.valueOf(date)).lowerColumnNames().select(context)) {
            String type = (String) r.get("work_type");
            Object typeName = r.get("type_name");
            works.add(new WorkInfo(((Number) r.get("id")).longValue(), ((Number) r.get("lesson_id")).longValue(),
                    type, typeName == null ? type : (String) typeName, (String) r.get("title"),
                    ((Number) r.get("weight")).intValue(), (String) r.get("subject_name")));
        }
        return works;
    }

    private long count(SQLSelect<DataRow> query) {
        List<DataRow> rows = query.lowerColumnNames().select(context);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("n")).longValue();
    }
}

package org.ejournal.security.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.store.StoreRuntime;

/**
 * Reads the access facts from the database: one small query per question, always with the school in
 * the WHERE clause. Plain SQL through Cayenne because the facts are ids of foreign keys that the
 * entities do not map as attributes, and one join answers each question.
 */
final class StoreAccessFacts implements AccessFacts {

    private static final String CLASS_SQL = "SELECT c.id, c.school_id, c.class_teacher_id, a.teacher_id"
            + " FROM school_class c LEFT JOIN teaching_assignment a ON a.class_id = c.id AND a.school_id = c.school_id"
            + " WHERE c.id = #bind($classId) AND c.school_id = #bind($schoolId)";

    private static final String ASSIGNMENT_SQL = "SELECT a.id, a.school_id, a.teacher_id, a.class_id,"
            + " c.class_teacher_id FROM teaching_assignment a JOIN school_class c ON c.id = a.class_id"
            + " WHERE a.id = #bind($assignmentId) AND a.school_id = #bind($schoolId)";

    // "Today" is the database's date: one clock for every node.
    private static final String STUDENT_SQL = "SELECT s.id, c.class_teacher_id FROM student s"
            + " LEFT JOIN enrollment e ON e.student_id = s.id AND e.school_id = s.school_id"
            + " AND e.start_date <= CURDATE() AND (e.end_date IS NULL OR e.end_date >= CURDATE())"
            + " LEFT JOIN school_class c ON c.id = e.class_id"
            + " WHERE s.id = #bind($personId) AND s.school_id = #bind($schoolId)";

    private static final String PARENT_SQL = "SELECT p.id, c.class_teacher_id FROM parent p"
            + " LEFT JOIN student_parent sp ON sp.parent_id = p.id AND sp.school_id = p.school_id"
            + " LEFT JOIN enrollment e ON e.student_id = sp.student_id AND e.school_id = p.school_id"
            + " AND e.start_date <= CURDATE() AND (e.end_date IS NULL OR e.end_date >= CURDATE())"
            + " LEFT JOIN school_class c ON c.id = e.class_id"
            + " WHERE p.id = #bind($personId) AND p.school_id = #bind($schoolId)";

    private static final String TUTORS_SQL = "SELECT t.tutor_id FROM tutor_student t"
            + " WHERE t.student_id = #bind($personId) AND t.school_id = #bind($schoolId)"
            + " AND t.start_date <= CURDATE() AND (t.end_date IS NULL OR t.end_date >= CURDATE())";

    // Substitutes covering the lesson's date: not cancelled, start <= date <= end.
    private static final String LESSONS_SQL = "SELECT l.id, l.school_id, l.assignment_id, l.lesson_date, a.teacher_id,"
            + " s.substitute_id FROM lesson l JOIN teaching_assignment a ON a.id = l.assignment_id"
            + " LEFT JOIN substitution s ON s.assignment_id = l.assignment_id AND s.school_id = l.school_id"
            + " AND s.cancelled_at IS NULL AND s.start_date <= l.lesson_date AND s.end_date >= l.lesson_date"
            + " WHERE l.id IN (#bind($lessonIds)) AND l.school_id = #bind($schoolId)";

    private static final String SUBSTITUTES_SQL = "SELECT s.substitute_id FROM substitution s"
            + " WHERE s.assignment_id = #bind($assignmentId) AND s.school_id = #bind($schoolId)"
            + " AND s.cancelled_at IS NULL AND s.start_date <= CURDATE()";

    private final StoreRuntime store;

    StoreAccessFacts(StoreRuntime store) {
        this.store = store;
    }

    @Override
    public Optional<ClassFacts> schoolClass(long schoolId, long classId) {
        ObjectContext context = store.newContext();
        List<DataRow> rows = SQLSelect.dataRowQuery(CLASS_SQL).param("classId", classId).param("schoolId", schoolId)
                .lowerColumnNames().select(context);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> teachers = new HashSet<>();
        for (DataRow row : rows) {
            Long teacher = asLong(row.get("teacher_id"));
            if (teacher != null) {
                teachers.add(teacher);
            }
        }
        DataRow first = rows.get(0);
        return Optional.of(new ClassFacts(asLong(first.get("id")), asLong(first.get("school_id")),
                asLong(first.get("class_teacher_id")), teachers));
    }

    @Override
    public Optional<AssignmentFacts> assignment(long schoolId, long assignmentId) {
        ObjectContext context = store.newContext();
        List<DataRow> rows = SQLSelect.dataRowQuery(ASSIGNMENT_SQL).param("assignmentId", assignmentId)
                .param("schoolId", schoolId).lowerColumnNames().select(context);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DataRow row = rows.get(0);
        return Optional.of(new AssignmentFacts(asLong(row.get("id")), asLong(row.get("school_id")),
                asLong(row.get("teacher_id")), asLong(row.get("class_id")), asLong(row.get("class_teacher_id"))));
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    @Override
    public Optional<PersonFacts> student(long schoolId, long studentId) {
        return person(STUDENT_SQL, schoolId, studentId);
    }

    @Override
    public Optional<PersonFacts> parent(long schoolId, long parentId) {
        return person(PARENT_SQL, schoolId, parentId);
    }

    private Optional<PersonFacts> person(String sql, long schoolId, long personId) {
        List<DataRow> rows = SQLSelect.dataRowQuery(sql).param("personId", personId).param("schoolId", schoolId)
                .lowerColumnNames().select(store.newContext());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> classTeachers = new HashSet<>();
        for (DataRow row : rows) {
            Long teacher = asLong(row.get("class_teacher_id"));
            if (teacher != null) {
                classTeachers.add(teacher);
            }
        }
        return Optional.of(new PersonFacts(personId, schoolId, classTeachers));
    }

    @Override
    public Optional<DiaryFacts> diaryStudent(long schoolId, long studentId) {
        Optional<PersonFacts> student = student(schoolId, studentId);
        if (student.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> tutors = new HashSet<>();
        for (DataRow row : SQLSelect.dataRowQuery(TUTORS_SQL).param("personId", studentId).param("schoolId", schoolId)
                .lowerColumnNames().select(store.newContext())) {
            tutors.add(asLong(row.get("tutor_id")));
        }
        return Optional.of(new DiaryFacts(studentId, schoolId, student.get().classTeacherIds(), tutors));
    }

    @Override
    public Optional<LessonFacts> lesson(long schoolId, long lessonId) {
        return Optional.ofNullable(lessons(schoolId, List.of(lessonId)).get(lessonId));
    }

    @Override
    public Map<Long, LessonFacts> lessons(long schoolId, Collection<Long> lessonIds) {
        Map<Long, LessonFacts> found = new HashMap<>();
        if (lessonIds.isEmpty()) {
            return found;
        }
        // One row per lesson and covering substitute: the lesson's facts from its first row, substitutes from all.
        Map<Long, DataRow> firstRows = new java.util.LinkedHashMap<>();
        Map<Long, Set<Long>> substitutes = new HashMap<>();
        for (DataRow row : SQLSelect.dataRowQuery(LESSONS_SQL).param("lessonIds", List.copyOf(lessonIds))
                .param("schoolId", schoolId).lowerColumnNames().select(store.newContext())) {
            long lessonId = asLong(row.get("id"));
            firstRows.putIfAbsent(lessonId, row);
            Set<Long> subs = substitutes.computeIfAbsent(lessonId, k -> new HashSet<>());
            Long s = asLong(row.get("substitute_id"));
            if (s != null) {
                subs.add(s);
            }
        }
        firstRows.forEach((lessonId, row) -> {
            Object date = row.get("lesson_date");
            java.time.LocalDate lessonDate = date instanceof java.time.LocalDate d ? d
                    : date instanceof java.sql.Date d ? d.toLocalDate()
                    : new java.sql.Date(((java.util.Date) date).getTime()).toLocalDate();
            found.put(lessonId, new LessonFacts(lessonId, schoolId, asLong(row.get("assignment_id")), lessonDate,
                    asLong(row.get("teacher_id")), substitutes.get(lessonId)));
        });
        return found;
    }

    @Override
    public Set<Long> currentSubstitutes(long schoolId, long assignmentId) {
        Set<Long> ids = new HashSet<>();
        for (DataRow row : SQLSelect.dataRowQuery(SUBSTITUTES_SQL).param("assignmentId", assignmentId)
                .param("schoolId", schoolId).lowerColumnNames().select(store.newContext())) {
            ids.add(asLong(row.get("substitute_id")));
        }
        return ids;
    }
}

package org.ejournal.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * One journal (teaching assignment × study period) with its size: students with an enrollment overlapping
 * the period × columns (a column per lesson, or per work of the lesson). Plain JDBC, no product classes, so
 * the browser benchmark in it/e2e can use it (with {@link JournalEnlarger}) next to the running product.
 */
public record JournalSize(long assignmentId, long periodId, String className, String subject, String period,
                          String teacher, int students, int columns) {

    private static final String SQL = "SELECT ta.id, p.id, CONCAT(c.grade, c.letter), sub.name, p.name, st.last_name,"
            + " (SELECT COUNT(DISTINCT e.student_id) FROM enrollment e WHERE e.class_id = ta.class_id"
            + "   AND e.start_date <= p.end_date AND (e.end_date IS NULL OR e.end_date >= p.start_date)),"
            + " (SELECT COUNT(*) FROM lesson l LEFT JOIN work w ON w.lesson_id = l.id"
            + "   WHERE l.assignment_id = ta.id AND l.lesson_date BETWEEN p.start_date AND p.end_date)"
            + " FROM teaching_assignment ta"
            + " JOIN school_class c ON c.id = ta.class_id"
            + " JOIN subject sub ON sub.id = ta.subject_id"
            + " JOIN staff st ON st.id = ta.teacher_id"
            + " JOIN study_period p ON p.academic_year_id = ta.academic_year_id AND p.scheme = c.period_scheme"
            + "   AND ";

    public long cells() {
        return (long) students * columns;
    }

    /** I-quarter journals (period ordinal 1 of the class's scheme) of the school, largest first. */
    public static List<JournalSize> firstPeriod(DataSource dataSource, long schoolId) throws SQLException {
        return query(dataSource, SQL + "p.ordinal = 1 WHERE ta.school_id = ?", schoolId);
    }

    /** Journals of the period containing {@code day} (of each class's scheme), largest first. */
    public static List<JournalSize> periodContaining(DataSource dataSource, long schoolId, LocalDate day)
            throws SQLException {
        return query(dataSource, SQL + "? BETWEEN p.start_date AND p.end_date WHERE ta.school_id = ?",
                Date.valueOf(day), schoolId);
    }

    private static List<JournalSize> query(DataSource dataSource, String sql, Object... args) throws SQLException {
        List<JournalSize> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new JournalSize(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
                }
            }
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("no journal found (" + sql + ")");
        }
        result.sort(Comparator.comparingLong(JournalSize::cells).reversed()
                .thenComparingLong(JournalSize::assignmentId));
        return result;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s, %s (assignment %d, period %d, teacher %s): %d students x"
                + " %d columns = %d cells", className, subject, period, assignmentId, periodId, teacher, students,
                columns, cells());
    }
}

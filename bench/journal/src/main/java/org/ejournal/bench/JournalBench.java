package org.ejournal.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.gradebook.internal.StoreGradebookService;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;

/**
 * Benchmark of {@code GradebookService.journal()} (the real {@link StoreGradebookService} with the real
 * access policy, wired without OSGi) on the largest I-quarter journal of a generated demo school of
 * 2 000 students, against a hand-written JDBC baseline that reads the same data into plain Java
 * structures. Prints min / median / p95 / max of both and their ratio; the goal of issue 4
 * (service ≤ 2 × baseline) is printed as information, never failing the run.
 *
 * <p>Run: {@code mvn -o -B -q -pl bench/journal -am package -DskipTests -Dbench.run}; setup shared with bench/diary in {@link BenchSchool}.
 * System properties (all optional): {@code bench.target} (working directory, set by the pom),
 * {@code bench.warmup} (20), {@code bench.calls} (50), {@code bench.students} (2000), {@code bench.weeks} (8).
 */
public final class JournalBench {

    static final double GOAL_RATIO = 2.0;
    static final int TARGET_STUDENTS = 35;
    static final int TARGET_COLUMNS = 70;

    private JournalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "bench/journal/target"));
        int warmup = Integer.getInteger("bench.warmup", 20);
        int calls = Integer.getInteger("bench.calls", 50);
        int students = Integer.getInteger("bench.students", 2000);
        int weeks = Integer.getInteger("bench.weeks", 8);

        BenchSchool.header("GradebookService.journal() vs hand-written JDBC");
        try (BenchSchool school = BenchSchool.start(target, students, weeks)) {
            run(school.store(), school.dataSource(), warmup, calls);
        }
    }

    private static void run(StandaloneStore store, DataSource dataSource, int warmup, int calls) throws SQLException {
        DefaultAccessPolicy policy = new DefaultAccessPolicy(store);
        StoreAccountService accounts = new StoreAccountService(store);
        StoreGradebookService gradebook = new StoreGradebookService(store, policy);
        Actor teacher = accounts.actor(accounts.findCredentials("teacher").orElseThrow().accountId());
        long schoolId = teacher.schoolId();

        List<JournalSize> journals = JournalSize.firstPeriod(dataSource, schoolId);
        // Issue 4 names a 35 x 70 journal: the largest generated one is enlarged to exactly that.
        JournalSize generated = journals.get(0);
        JournalEnlarger.enlarge(dataSource, schoolId, generated, TARGET_STUDENTS, TARGET_COLUMNS);
        journals = JournalSize.firstPeriod(dataSource, schoolId);
        JournalSize largest = journals.stream().filter(j -> j.assignmentId() == generated.assignmentId()
                && j.periodId() == generated.periodId()).findFirst().orElseThrow();
        System.out.printf(Locale.ROOT, "enlarged %s %s from %d x %d to %d x %d (students enrolled for the whole"
                + " period, second works of weight 2 with marks)%n", generated.className(), generated.subject(),
                generated.students(), generated.columns(), largest.students(), largest.columns());
        JournalSize teachersLargest = journals.stream()
                .filter(j -> policy.allows(teacher, Operation.ASSIGNMENT_JOURNAL_READ, j.assignmentId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("the demo teacher reads no journal"));
        System.out.printf(Locale.ROOT, "journals %d I-quarter journals in the school; %s%n", journals.size(),
                "size = students enrolled during the period x columns (lessons, one per work)");
        System.out.printf(Locale.ROOT, "timing   per journal: %d warm-up calls of each side, then %d timed calls of"
                + " each, alternating in blocks of 10%n", warmup, calls);

        MarkSaveBench.run(store, dataSource, largest, warmup * 10, calls * 4);

        if (largest.equals(teachersLargest)) {
            Result main = measure("A. the 35 x 70 journal, read by the demo teacher", largest, teacher,
                    "teacher", gradebook, dataSource, schoolId, warmup, calls);
            goal("A", main);
        } else {
            // A subject teacher reads only their own journals; the deputy director reads every one.
            Actor zavuch = accounts.actor(accounts.findCredentials("zavuch").orElseThrow().accountId());
            Result main = measure("A. the 35 x 70 journal (not the demo teacher's: read by zavuch,"
                    + " DEPUTY_DIRECTOR)", largest, zavuch, "zavuch", gradebook, dataSource, schoolId, warmup, calls);
            Result own = measure("B. largest journal of the demo teacher, read by teacher (SUBJECT_TEACHER)",
                    teachersLargest, teacher, "teacher", gradebook, dataSource, schoolId, warmup, calls);
            goal("A", main);
            goal("B", own);
        }
    }

    record Result(Stats service, Stats baseline) {
    }

    private static void goal(String label, Result r) {
        double ratio = r.service().median() / r.baseline().median();
        System.out.printf(Locale.ROOT, "goal %s   issue 4: median of journal() <= %.1f x baseline median; measured"
                + " %.2f x -> %s (information only, the run never fails on it)%n", label, GOAL_RATIO, ratio,
                ratio <= GOAL_RATIO ? "MET" : "NOT MET");
    }

    private static Result measure(String title, JournalSize journal, Actor reader, String readerLogin,
                                  StoreGradebookService gradebook, DataSource dataSource, long schoolId, int warmup,
                                  int calls) {
        System.out.println();
        System.out.println("== " + title);
        System.out.println("journal  " + journal + "; actor " + readerLogin);
        long assignmentId = journal.assignmentId();
        long periodId = journal.periodId();

        // Correctness once, untimed: the baseline must hold what the grid holds.
        JournalGrid grid = gradebook.journal(reader, assignmentId, periodId);
        BaselineJournal base = BaselineJournal.read(dataSource, schoolId, assignmentId, periodId);
        long gridMarks = grid.rows().stream().flatMap(r -> r.cells().stream()).mapToLong(c -> c.marks().size()).sum();
        long gridCodes = grid.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> !c.attendanceCode().isEmpty()).count();
        long gridNotEnrolled = grid.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> !c.enrolled()).count();
        System.out.printf(Locale.ROOT, "service  %d students x %d columns = %d cells; %d marks, %d cells with an"
                        + " attendance code, %d cells outside enrollment%n", grid.rows().size(), grid.columns().size(),
                (long) grid.rows().size() * grid.columns().size(), gridMarks, gridCodes, gridNotEnrolled);
        System.out.printf(Locale.ROOT, "baseline %d students x %d columns = %d cells; %d marks, %d cells with an"
                        + " attendance code, %d cells outside enrollment%n", base.studentCount(), base.columnCount(),
                (long) base.studentCount() * base.columnCount(), base.markCount(), base.attendanceCount(),
                base.notEnrolledCount());
        if (grid.rows().size() != base.studentCount() || grid.columns().size() != base.columnCount()
                || gridMarks != base.markCount() || gridCodes != base.attendanceCount()
                || gridNotEnrolled != base.notEnrolledCount()) {
            throw new IllegalStateException("baseline and service disagree on the journal's content");
        }
        System.out.println("check    same students, columns, marks and attendance codes: OK");

        Supplier<Object> service = () -> gradebook.journal(reader, assignmentId, periodId);
        Supplier<Object> baseline = () -> BaselineJournal.read(dataSource, schoolId, assignmentId, periodId);
        for (int i = 0; i < warmup; i++) {
            service.get();
            baseline.get();
        }
        // Blocks alternate so a burst of load on the machine hits both sides alike.
        double[] serviceMs = new double[calls];
        double[] baselineMs = new double[calls];
        for (int done = 0; done < calls; ) {
            int block = Math.min(10, calls - done);
            timeInto(service, serviceMs, done, block);
            timeInto(baseline, baselineMs, done, block);
            done += block;
        }
        Stats s = Stats.of(serviceMs);
        Stats b = Stats.of(baselineMs);
        System.out.println();
        System.out.println("figure (ms)    service  baseline  service/baseline");
        row("min", s.min(), b.min());
        row("median", s.median(), b.median());
        row("p95", s.p95(), b.p95());
        row("max", s.max(), b.max());
        System.out.println();
        return new Result(s, b);
    }

    private static void row(String name, double service, double baseline) {
        System.out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %12.2f x%n", name, service, baseline, service / baseline);
    }

    private static void timeInto(Supplier<Object> call, double[] into, int from, int count) {
        for (int i = from; i < from + count; i++) {
            long start = System.nanoTime();
            Object result = call.get();
            into[i] = (System.nanoTime() - start) / 1_000_000.0;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
    }

    /**
     * The baseline: the journal read by hand with two SQL statements (students with their stays; lessons
     * with works, marks and attendance as one UNION ALL), assembled into plain arrays — students sorted by
     * SQL, cells as {@code marks[student][column]} lists and attendance codes, an enrolled flag per cell.
     * No access check, no objects per lesson, no Russian collation: the floor the service is compared with.
     */
    static final class BaselineJournal {

        static final String STUDENTS_SQL = "SELECT s.id, s.last_name, s.first_name, s.middle_name,"
                + " e.start_date, e.end_date"
                + " FROM teaching_assignment ta"
                + " JOIN study_period p ON p.id = ? AND p.academic_year_id = ta.academic_year_id"
                + " JOIN enrollment e ON e.class_id = ta.class_id AND e.start_date <= p.end_date"
                + "   AND (e.end_date IS NULL OR e.end_date >= p.start_date)"
                + " JOIN student s ON s.id = e.student_id"
                + " WHERE ta.id = ? AND ta.school_id = ?"
                + " ORDER BY s.last_name, s.first_name, s.middle_name, s.id, e.start_date";

        private static final String LESSONS_OF_PERIOD = " FROM study_period p JOIN lesson l ON l.assignment_id = ?"
                + " AND l.school_id = ? AND l.lesson_date BETWEEN p.start_date AND p.end_date";

        static final String CELLS_SQL = "SELECT 0 AS kind, l.id AS lesson_id, l.lesson_date, l.lesson_number,"
                + " l.topic, l.homework, w.id AS work_id, w.work_type AS val, w.weight, NULL AS student_id,"
                + " NULL AS row_id"
                + LESSONS_OF_PERIOD + " LEFT JOIN work w ON w.lesson_id = l.id WHERE p.id = ?"
                + " UNION ALL SELECT 1, l.id, NULL, NULL, NULL, NULL, m.work_id, m.value, NULL, m.student_id, m.id"
                + LESSONS_OF_PERIOD + " JOIN work w ON w.lesson_id = l.id JOIN mark m ON m.work_id = w.id WHERE p.id = ?"
                + " UNION ALL SELECT 2, l.id, NULL, NULL, NULL, NULL, NULL, a.code, NULL, a.student_id, a.id"
                + LESSONS_OF_PERIOD + " JOIN attendance a ON a.lesson_id = l.id WHERE p.id = ?"
                + " ORDER BY kind, lesson_date, lesson_number, lesson_id, work_id, row_id";

        record Student(long id, String lastName, String firstName, String middleName, List<LocalDate[]> stays) {
        }

        record Column(long lessonId, LocalDate date, int number, String topic, String homework, Long workId,
                      String workType, int weight) {
        }

        final List<Student> students;
        final List<Column> columns;
        final List<String>[][] marks;
        final String[][] codes;
        final boolean[][] enrolled;

        @SuppressWarnings("unchecked")
        private BaselineJournal(List<Student> students, List<Column> columns) {
            this.students = students;
            this.columns = columns;
            this.marks = new List[students.size()][columns.size()];
            this.codes = new String[students.size()][columns.size()];
            this.enrolled = new boolean[students.size()][columns.size()];
        }

        static BaselineJournal read(DataSource dataSource, long schoolId, long assignmentId, long periodId) {
            try (Connection c = dataSource.getConnection()) {
                Map<Long, Student> byId = new LinkedHashMap<>();
                try (PreparedStatement st = c.prepareStatement(STUDENTS_SQL)) {
                    st.setLong(1, periodId);
                    st.setLong(2, assignmentId);
                    st.setLong(3, schoolId);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            Student s = byId.get(id);
                            if (s == null) {
                                s = new Student(id, rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>());
                                byId.put(id, s);
                            }
                            java.sql.Date end = rs.getDate(6);
                            s.stays().add(new LocalDate[] {rs.getDate(5).toLocalDate(),
                                    end == null ? null : end.toLocalDate()});
                        }
                    }
                }
                List<Student> students = new ArrayList<>(byId.values());
                Map<Long, Integer> rowOf = new HashMap<>(students.size() * 2);
                for (int i = 0; i < students.size(); i++) {
                    rowOf.put(students.get(i).id(), i);
                }

                List<Column> columns = new ArrayList<>();
                Map<Long, Integer> columnOfWork = new HashMap<>();
                Map<Long, List<Integer>> columnsOfLesson = new HashMap<>();
                List<long[]> markRows = new ArrayList<>();      // (column, row) per mark, in mark-id order
                List<String> markValues = new ArrayList<>();
                BaselineJournal journal = null;
                try (PreparedStatement st = c.prepareStatement(CELLS_SQL)) {
                    for (int i = 0; i < 3; i++) {
                        st.setLong(3 * i + 1, assignmentId);
                        st.setLong(3 * i + 2, schoolId);
                        st.setLong(3 * i + 3, periodId);
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            int kind = rs.getInt(1);
                            long lessonId = rs.getLong(2);
                            if (kind == 0) {
                                long workId = rs.getLong(7);
                                Long work = rs.wasNull() ? null : workId;
                                int index = columns.size();
                                columns.add(new Column(lessonId, rs.getDate(3).toLocalDate(), rs.getInt(4),
                                        rs.getString(5), rs.getString(6), work, work == null ? "" : rs.getString(8),
                                        work == null ? 1 : rs.getInt(9)));
                                if (work != null) {
                                    columnOfWork.put(work, index);
                                }
                                columnsOfLesson.computeIfAbsent(lessonId, k -> new ArrayList<>(2)).add(index);
                                continue;
                            }
                            if (journal == null) {
                                journal = new BaselineJournal(students, columns);
                            }
                            Integer row = rowOf.get(rs.getLong(10));
                            if (row == null) {
                                continue; // not in the class during the period
                            }
                            if (kind == 1) {
                                int col = columnOfWork.get(rs.getLong(7));
                                List<String> cell = journal.marks[row][col];
                                if (cell == null) {
                                    cell = new ArrayList<>(1);
                                    journal.marks[row][col] = cell;
                                }
                                cell.add(rs.getString(8));
                            } else {
                                String code = rs.getString(8);
                                for (int col : columnsOfLesson.get(lessonId)) {
                                    journal.codes[row][col] = code;
                                }
                            }
                        }
                    }
                }
                if (journal == null) {
                    journal = new BaselineJournal(students, columns);
                }
                for (int r = 0; r < students.size(); r++) {
                    List<LocalDate[]> stays = students.get(r).stays();
                    for (int col = 0; col < columns.size(); col++) {
                        LocalDate day = columns.get(col).date();
                        boolean in = false;
                        for (LocalDate[] stay : stays) {
                            in |= !day.isBefore(stay[0]) && (stay[1] == null || !day.isAfter(stay[1]));
                        }
                        journal.enrolled[r][col] = in;
                    }
                }
                return journal;
            } catch (SQLException e) {
                throw new IllegalStateException("baseline query failed: " + e.getMessage(), e);
            }
        }

        int studentCount() {
            return students.size();
        }

        int columnCount() {
            return columns.size();
        }

        long markCount() {
            long n = 0;
            for (List<String>[] row : marks) {
                for (List<String> cell : row) {
                    n += cell == null ? 0 : cell.size();
                }
            }
            return n;
        }

        long attendanceCount() {
            long n = 0;
            for (String[] row : codes) {
                for (String code : row) {
                    n += code == null || code.isEmpty() ? 0 : 1;
                }
            }
            return n;
        }

        long notEnrolledCount() {
            long n = 0;
            for (boolean[] row : enrolled) {
                for (boolean in : row) {
                    n += in ? 0 : 1;
                }
            }
            return n;
        }
    }
}

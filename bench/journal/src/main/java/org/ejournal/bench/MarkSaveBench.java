package org.ejournal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.journal.WriteResult;
import org.ejournal.gradebook.internal.StoreJournalWriteService;
import org.ejournal.rules.defaults.CyrillicTextRule;
import org.ejournal.rules.defaults.EnrollmentRule;
import org.ejournal.rules.defaults.FirstGradeRule;
import org.ejournal.rules.defaults.LockedPeriodRule;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;

/**
 * Saving one mark as the teacher does it in the journal: {@code JournalWriteService.setMark} with the
 * real access policy, the four default journal rules, the optimistic-lock check and the audit row, one
 * transaction per save, on the cells of the 35 × 70 journal (each cell set in turn, values alternating,
 * the version of the previous save passed back). Goal of issue 4: p95 below 15 ms.
 */
final class MarkSaveBench {

    static final double GOAL_P95_MS = 15.0;

    private MarkSaveBench() {
    }

    record Cell(long workId, long studentId) {
    }

    static void run(StandaloneStore store, DataSource dataSource, JournalSize journal, int warmup,
                    int calls) throws SQLException {
        StoreJournalWriteService writer = new StoreJournalWriteService(store, new DefaultAccessPolicy(store));
        writer.addRule(new LockedPeriodRule(), Map.of("service.ranking", 200));
        writer.addRule(new FirstGradeRule(), Map.of("service.ranking", 100));
        writer.addRule(new EnrollmentRule(), Map.of("service.ranking", 90));
        writer.addRule(new CyrillicTextRule(), Map.of("service.ranking", 10));
        StoreAccountService accounts = new StoreAccountService(store);

        String login;
        List<Cell> cells = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("SELECT u.login FROM user_account u JOIN teaching_assignment ta"
                    + " ON ta.teacher_id = u.staff_id WHERE ta.id = ?")) {
                st.setLong(1, journal.assignmentId());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    login = rs.getString(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT w.id, e.student_id, m.version FROM lesson l"
                    + " JOIN study_period p ON p.id = ? JOIN work w ON w.lesson_id = l.id"
                    + " JOIN teaching_assignment ta ON ta.id = l.assignment_id"
                    + " JOIN enrollment e ON e.class_id = ta.class_id AND e.start_date <= l.lesson_date"
                    + "   AND (e.end_date IS NULL OR e.end_date >= l.lesson_date)"
                    + " LEFT JOIN mark m ON m.work_id = w.id AND m.student_id = e.student_id"
                    + " WHERE l.assignment_id = ? AND l.lesson_date BETWEEN p.start_date AND p.end_date"
                    + " ORDER BY l.lesson_date, w.id, e.student_id")) {
                st.setLong(1, journal.periodId());
                st.setLong(2, journal.assignmentId());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        cells.add(new Cell(rs.getLong(1), rs.getLong(2)));
                        int version = rs.getInt(3);
                        versions.add(rs.wasNull() ? MarkCell.EMPTY_VERSION : version);
                    }
                }
            }
        }
        Actor teacher = accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
        System.out.println();
        System.out.println("== C. saving one mark (setMark: access, 4 default rules, version check, audit, one commit)");
        System.out.printf(Locale.ROOT, "journal  %s; actor %s; %d cells cycled, %d warm-up saves, %d timed%n", journal,
                login, cells.size(), warmup, calls);
        // The service and the hand-written JDBC baseline save the same cells in turn (blocks of 10), so both see
        // the same machine load; each side passes back the version its save produced.
        double[] ms = new double[calls];
        double[] baselineMs = new double[calls];
        long schoolId = teacher.schoolId();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < warmup + calls; i++) {
                int index = (2 * i) % cells.size();
                String value = ((2 * i) / cells.size()) % 2 == 0 ? "5" : "4";
                Cell cell = cells.get(index);
                long start = System.nanoTime();
                WriteResult<MarkCell> result = writer.setMark(teacher, "127.0.0.1", cell.workId(), cell.studentId(),
                        value, versions.get(index));
                double elapsed = (System.nanoTime() - start) / 1_000_000.0;
                versions.set(index, result.state().version());

                int next = (index + 1) % cells.size();
                Cell other = cells.get(next);
                start = System.nanoTime();
                versions.set(next, baselineSave(c, schoolId, teacher.accountId(), other, value, versions.get(next)));
                double baseline = (System.nanoTime() - start) / 1_000_000.0;
                if (i >= warmup) {
                    ms[i - warmup] = elapsed;
                    baselineMs[i - warmup] = baseline;
                }
            }
        }
        if (Boolean.getBoolean("bench.traceSave")) {
            traceOneSave(dataSource, writer, teacher, cells, versions);
        }
        Stats s = Stats.of(ms);
        Stats b = Stats.of(baselineMs);
        System.out.println();
        System.out.println("figure (ms)    service  baseline  service/baseline");
        System.out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %12.2f x%n", "min", s.min(), b.min(), s.min() / b.min());
        System.out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %12.2f x%n", "median", s.median(), b.median(),
                s.median() / b.median());
        System.out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %12.2f x%n", "p95", s.p95(), b.p95(), s.p95() / b.p95());
        System.out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %12.2f x%n", "max", s.max(), b.max(), s.max() / b.max());
        System.out.println("baseline one hand-written JDBC transaction writing the same rows: UPDATE (or INSERT) the mark"
                + " with its version check, INSERT the audit row, COMMIT; no access check, no rules");
        System.out.printf(Locale.ROOT, "goal C   issue 4: p95 of one save < %.0f ms; measured %.2f ms (%.2f x the goal)"
                + " -> %s (information only)%n", GOAL_P95_MS, s.p95(), s.p95() / GOAL_P95_MS,
                s.p95() < GOAL_P95_MS ? "MET" : "NOT MET");
    }

    /** The least a durable, audited save of one cell costs: the baseline of figure C. Returns the new version. */
    private static int baselineSave(Connection c, long schoolId, long accountId, Cell cell, String value,
                                    int expectedVersion) throws SQLException {
        boolean insert = expectedVersion == MarkCell.EMPTY_VERSION;
        try (PreparedStatement st = c.prepareStatement(insert
                ? "INSERT INTO mark (value, school_id, created_by, work_id, student_id, version) VALUES (?, ?, ?, ?, ?, 0)"
                : "UPDATE mark SET value = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP(3)"
                        + " WHERE school_id = ? AND ? IS NOT NULL AND work_id = ? AND student_id = ? AND version = ?")) {
            st.setString(1, value);
            st.setLong(2, schoolId);
            st.setLong(3, accountId);
            st.setLong(4, cell.workId());
            st.setLong(5, cell.studentId());
            if (!insert) {
                st.setInt(6, expectedVersion);
            }
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("baseline: the cell changed under the bench " + cell);
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_event (school_id, account_id, address, entity,"
                + " entity_id, action, field, old_value, new_value, student_id, work_id)"
                + " SELECT ?, ?, '127.0.0.1', 'mark', m.id, ?, 'value', NULL, ?, ?, ? FROM mark m"
                + " WHERE m.work_id = ? AND m.student_id = ?")) {
            st.setLong(1, schoolId);
            st.setLong(2, accountId);
            st.setString(3, insert ? "INSERT" : "UPDATE");
            st.setString(4, value);
            st.setLong(5, cell.studentId());
            st.setLong(6, cell.workId());
            st.setLong(7, cell.workId());
            st.setLong(8, cell.studentId());
            st.executeUpdate();
        }
        c.commit();
        return insert ? 0 : expectedVersion + 1;
    }

    /**
     * With {@code -Dbench.traceSave=true}: the statements the server received for one more save (MariaDB's general
     * log), to see the round trips a save costs.
     */
    private static void traceOneSave(DataSource dataSource, StoreJournalWriteService writer, Actor teacher,
                                     List<Cell> cells, List<Integer> versions) throws SQLException {
        try (Connection admin = dataSource.getConnection(); java.sql.Statement st = admin.createStatement()) {
            st.execute("SET GLOBAL log_output = 'TABLE'");
            st.execute("TRUNCATE TABLE mysql.general_log");
            st.execute("SET GLOBAL general_log = 1");
            Cell cell = cells.get(0);
            writer.setMark(teacher, "127.0.0.1", cell.workId(), cell.studentId(), "3", versions.get(0));
            st.execute("SET GLOBAL general_log = 0");
            System.out.println();
            System.out.println("trace    the statements of one save, in order (MariaDB general log):");
            try (ResultSet rs = st.executeQuery("SELECT thread_id, command_type, LEFT(CAST(argument AS CHAR), 160)"
                    + " FROM mysql.general_log ORDER BY event_time")) {
                int n = 0;
                while (rs.next()) {
                    System.out.printf(Locale.ROOT, "  %2d  [%d] %-8s %s%n", ++n, rs.getLong(1), rs.getString(2),
                            rs.getString(3).replaceAll("\\s+", " "));
                }
            }
        }
    }
}

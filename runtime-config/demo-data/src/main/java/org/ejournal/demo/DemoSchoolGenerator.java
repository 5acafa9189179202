package org.ejournal.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an eJournal database (schema migrated) with realistic demo schools: grades 1–11 with 2–3
 * classes each, Russian names, families, about 60 staff, the curriculum, a weekly timetable, the
 * quarters, and lessons with topics, homework, works, marks and absences for the first weeks. Grade 1
 * gets lessons and topics but no homework and no marks. The named demo accounts of DEVELOPMENT.md
 * ({@code admin}, {@code director}, {@code zavuch}, {@code teacher}, {@code klassruk}, {@code tutor},
 * {@code parent}, {@code student}) go to the first school; every staff member has an account; every
 * password is {@value #DEMO_PASSWORD}.
 *
 * <p>Writes with multi-row JDBC inserts in one transaction (never Cayenne row by row): the default
 * size takes seconds.
 *
 * <pre>{@code
 * if (DemoSchoolGenerator.isEmpty(dataSource)) {
 *     DemoSummary summary = DemoSchoolGenerator.generate(dataSource, DemoSize.defaults());
 *     log.info("{}", summary);
 * }
 * }</pre>
 */
public final class DemoSchoolGenerator {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "demo";

    /** Tables the generator writes, in dependency order. */
    static final List<String> TABLES = List.of("school", "academic_year", "study_period", "holiday", "work_type",
            "attendance_code", "staff", "school_class",
            "parent", "student", "student_parent", "consent", "enrollment", "subject", "teaching_assignment",
            "subgroup", "subgroup_member", "substitution", "timetable_slot",
            "lesson", "work", "mark", "attendance", "tutor_student", "user_account", "account_role");

    private static final Logger LOG = LoggerFactory.getLogger(DemoSchoolGenerator.class);

    private DemoSchoolGenerator() {
    }

    /** Whether the database has no school yet (the launcher generates only then). */
    public static boolean isEmpty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM school)")) {
            rs.next();
            return !rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the school table: is the schema migrated? " + e.getMessage(),
                    e);
        }
    }

    /**
     * Generates {@code size.schools()} schools in one transaction (all or nothing). The named accounts
     * are created only when their logins are still free, so a second run adds schools without them.
     */
    public static DemoSummary generate(DataSource dataSource, DemoSize size) {
        long started = System.nanoTime();
        String passwordHash = demoPasswordHash();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Rows of one school are written table by table in batches, not in dependency order;
                // the generator hands out the keys itself, so the references are consistent.
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                Ids ids = Ids.startAfterExisting(connection, TABLES);
                Set<String> logins = existingLogins(statement);
                boolean named = !logins.contains("teacher");
                for (int school = 0; school < size.schools(); school++) {
                    new SchoolWriter(connection, ids, size, school, passwordHash, logins, named && school == 0).write();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                connection.setAutoCommit(autoCommit);
            }
            DemoSummary summary = new DemoSummary(countRows(connection), Duration.ofNanos(System.nanoTime() - started));
            LOG.info("Generated {} demo school(s) of {} students, {} weeks: {}", size.schools(),
                    size.studentsPerSchool(), size.weeks(), summary);
            return summary;
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data generation failed: " + e.getMessage(), e);
        }
    }

    /**
     * The bcrypt ({@code 2y}) hash of {@value #DEMO_PASSWORD} in Shiro's crypt format, computed once per
     * run and shared by every demo account (bcrypt is deliberately slow). Checked against a plain
     * {@link DefaultPasswordService}, as the host's realm verifies it.
     */
    static String demoPasswordHash() {
        DefaultHashService hashService = new DefaultHashService();
        hashService.setDefaultAlgorithmName("2y");
        DefaultPasswordService passwords = new DefaultPasswordService();
        passwords.setHashService(hashService);
        String hash = passwords.encryptPassword(DEMO_PASSWORD);
        if (!new DefaultPasswordService().passwordsMatch(DEMO_PASSWORD, hash)) {
            throw new IllegalStateException("The demo password hash does not verify: " + hash);
        }
        return hash;
    }

    private static Set<String> existingLogins(Statement statement) throws SQLException {
        Set<String> logins = new HashSet<>();
        try (ResultSet rs = statement.executeQuery("SELECT LOWER(login) FROM user_account")) {
            while (rs.next()) {
                logins.add(rs.getString(1));
            }
        }
        return logins;
    }

    private static Map<String, Long> countRows(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}

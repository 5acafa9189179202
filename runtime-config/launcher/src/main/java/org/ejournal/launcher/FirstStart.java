package org.ejournal.launcher;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start of an empty school (no demo): when the database holds no school, creates in one
 * transaction the school and two accounts, {@code admin} (TECH_ADMIN, staff «Администратор») and
 * {@code zavuch} (DEPUTY_DIRECTOR, staff «Заместитель директора»), each with a fresh random one-time
 * password that must be changed at the first login. The passwords are printed once to the console
 * (never logged, never written to a file); only their bcrypt hashes are stored.
 */
final class FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    /** No 0/O, 1/l/I: one-time passwords are typed from the console or paper. */
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account created now, with its one-time password in clear (shown once, never stored). */
    record IssuedAccount(String login, String role, String staffName, String oneTimePassword) {
        @Override
        public String toString() {
            return login + " (" + role + ")"; // never the password
        }
    }

    /** What the first start creates: login, role, staff last name and position. */
    private static final List<String[]> ACCOUNTS = List.of(
            new String[] {"admin", "TECH_ADMIN", "Администратор"},
            new String[] {"zavuch", "DEPUTY_DIRECTOR", "Заместитель директора"});

    private FirstStart() {
    }

    /**
     * Creates the school and its first accounts if the database holds no school, and prints the
     * one-time passwords to {@code console}.
     *
     * @return the accounts created now; empty when the database already had a school
     */
    static Optional<List<IssuedAccount>> createIfEmpty(DataSource dataSource, LauncherSettings settings,
                                                       PrintStream console) {
        Optional<List<IssuedAccount>> created = create(dataSource, settings.schoolName(), settings.schoolShortName());
        created.ifPresent(accounts -> print(console, settings.schoolName(), accounts));
        return created;
    }

    static Optional<List<IssuedAccount>> create(DataSource dataSource, String schoolName, String shortName) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (hasSchool(connection)) {
                    connection.rollback();
                    LOG.info("Database already holds a school: nothing created at start");
                    return Optional.empty();
                }
                long schoolId = insert(connection, "INSERT INTO school (name, short_name) VALUES (?, ?)",
                        schoolName, shortName);
                List<IssuedAccount> issued = new ArrayList<>();
                for (String[] a : ACCOUNTS) {
                    String password = oneTimePassword();
                    long staffId = insert(connection, "INSERT INTO staff (school_id, last_name, first_name, gender,"
                            + " position) VALUES (?, ?, '', 'M', ?)", schoolId, a[2], a[2]);
                    insertAccount(connection, schoolId, a[0], password, staffId, a[1]);
                    issued.add(new IssuedAccount(a[0], a[1], a[2], password));
                }
                connection.commit();
                LOG.info("First start: school «{}» created with accounts {}", schoolName, issued);
                return Optional.of(List.copyOf(issued));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("First start (school and accounts) failed: " + e.getMessage(), e);
        }
    }

    private static boolean hasSchool(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM school)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Inserts an active account with the bcrypt hash of {@code oneTimePassword}, to be changed at the first
     * login, and its one role (in the caller's transaction). Used by the first start and by
     * {@link MunicipalLogin}.
     *
     * @param staffId the staff member the account belongs to; {@code null} for an account of no person of
     *                the school (the municipal specialist)
     * @return the new account's id
     */
    static long insertAccount(Connection connection, long schoolId, String login, String oneTimePassword,
                              Long staffId, String role) throws SQLException {
        long accountId = insert(connection, "INSERT INTO user_account (school_id, login, password_hash,"
                + " active, must_change_password, staff_id) VALUES (?, ?, ?, TRUE, TRUE, ?)",
                schoolId, login, hash(oneTimePassword), staffId);
        insert(connection, "INSERT INTO account_role (school_id, account_id, role) VALUES (?, ?, ?)",
                schoolId, accountId, role);
        return accountId;
    }

    static long insert(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The bcrypt ({@code 2y}) hash in Shiro's crypt format ({@code $shiro2$2y$10$…}), made by Shiro's
     * password service exactly as the demo generator makes the demo accounts' hash; the security
     * bundle verifies this format.
     */
    static String hash(String password) {
        DefaultHashService hashService = new DefaultHashService();
        hashService.setDefaultAlgorithmName("2y");
        DefaultPasswordService passwords = new DefaultPasswordService();
        passwords.setHashService(hashService);
        return passwords.encryptPassword(password);
    }

    /** Twelve lower-case letters and digits (at least two of each), easy to read. */
    static String oneTimePassword() {
        while (true) {
            StringBuilder b = new StringBuilder(PASSWORD_LENGTH);
            int digits = 0;
            for (int i = 0; i < PASSWORD_LENGTH; i++) {
                boolean digit = RANDOM.nextInt(10) < 3;
                String from = digit ? DIGITS : LETTERS;
                b.append(from.charAt(RANDOM.nextInt(from.length())));
                digits += digit ? 1 : 0;
            }
            if (digits >= 2 && digits <= PASSWORD_LENGTH - 2) {
                return b.toString();
            }
        }
    }

    private static void print(PrintStream console, String schoolName, List<IssuedAccount> accounts) {
        String line = "=".repeat(78);
        console.println();
        console.println(line);
        console.println("  Первый запуск: создана школа «" + schoolName + "» и учётные записи.");
        console.println("  First start: the school and its first accounts were created.");
        console.println();
        for (IssuedAccount a : accounts) {
            console.printf("    %-8s  %-22s  одноразовый пароль / one-time password: %s%n", a.login(),
                    a.staffName(), a.oneTimePassword());
        }
        console.println();
        console.println("  Пароли показаны ОДИН раз и нигде не сохранены: запишите их сейчас.");
        console.println("  При первом входе пароль нужно сменить.");
        console.println("  These passwords are shown ONCE and stored nowhere: write them down now.");
        console.println("  Each must be changed at the first login.");
        console.println(line);
        console.println();
        console.flush();
    }
}

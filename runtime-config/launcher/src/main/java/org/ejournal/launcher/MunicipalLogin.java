package org.ejournal.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator command {@code ./ejournal municipal-login <login> "<Фамилия Имя Отчество>"}: creates the
 * account of a municipal specialist (role {@code MUNICIPAL}: reads every school of the installation, never
 * writes) with a one-time password printed once to the console, to be changed at the first login. A
 * school's technical administrator cannot issue such a login (it crosses schools), so the operator of the
 * installation does it here, without the web server.
 *
 * <p>The account is created exactly like the first start's accounts ({@link FirstStart#insertAccount},
 * same bcrypt hash, same one-time passwords). Its home school ({@code user_account.school_id}, NOT NULL)
 * is the installation's first school (lowest id); which school is read is chosen in the session. The
 * account belongs to no person of the school (no staff row: it must not appear in the school's staff
 * lists), so the full name is kept only in the audit record of the creation and printed; the header
 * shows the login (user_account has no column for a display name).
 *
 * <p>Refused, with nothing written: a login that exists (in any school; compared case-insensitively), a
 * login or name that breaks the rules, a database without a school.
 */
final class MunicipalLogin {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalLogin.class);

    /** Command-line option naming the login to create; its presence selects the command. */
    static final String LOGIN_OPTION = "ejournal.createMunicipalLogin";
    /** Command-line option with the full name «Фамилия Имя [Отчество]». */
    static final String NAME_OPTION = "ejournal.createMunicipalName";
    /** Exit code of a refused command (nothing written). */
    static final int EXIT_REFUSED = 3;

    /**
     * The rules of logins, as the security bundle makes them ({@code LoginNames}: transliterated surname,
     * initials, a number): lower-case Latin letters, digits, dot and hyphen, beginning with a letter; at
     * least 3 and at most 100 characters (the column's length).
     */
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9.-]{2,99}");
    /** The rules of names in the roster: surname and first name required, each part at most 100 characters. */
    private static final int NAME_PART_LENGTH = 100;
    private static final Pattern NAME_PART = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    /** What the operator asked for, from {@code --ejournal.createMunicipalLogin=… --ejournal.createMunicipalName=…}. */
    record Request(String login, String fullName) {

        /** The request in the command-line arguments, if they ask for one (only the command line can). */
        static Optional<Request> fromArgs(String[] args) {
            String login = null;
            String name = null;
            for (String arg : args) {
                if (arg.startsWith("--" + LOGIN_OPTION + "=")) {
                    login = arg.substring(LOGIN_OPTION.length() + 3);
                } else if (arg.startsWith("--" + NAME_OPTION + "=")) {
                    name = arg.substring(NAME_OPTION.length() + 3);
                }
            }
            return login == null ? Optional.empty() : Optional.of(new Request(login, name == null ? "" : name));
        }
    }

    /** The account created now, with its one-time password in clear (shown once, never stored). */
    record Issued(long accountId, String login, String fullName, String schoolName, String oneTimePassword) {
        @Override
        public String toString() {
            return login + " (MUNICIPAL, " + fullName + ")"; // never the password
        }
    }

    /** The command was refused; the message is Russian with an English part, for the console. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private MunicipalLogin() {
    }

    /**
     * Runs the command against a migrated database: creates the account and prints the one-time password to
     * {@code console}, or prints why it was refused to {@code errors}.
     *
     * @return the process exit code: 0 created, {@link #EXIT_REFUSED} refused (nothing written)
     */
    static int run(DataSource dataSource, Request request, PrintStream console, PrintStream errors) {
        try {
            Issued issued = create(dataSource, request.login(), request.fullName());
            print(console, issued);
            return 0;
        } catch (Refused e) {
            errors.println();
            errors.println("Учётная запись не создана / account not created: " + e.getMessage());
            errors.flush();
            return EXIT_REFUSED;
        }
    }

    /**
     * Creates the municipal account in one transaction.
     *
     * @throws Refused when the login exists or is invalid, the name is invalid, or there is no school
     */
    static Issued create(DataSource dataSource, String login, String fullName) {
        String checkedLogin = checkLogin(login);
        String name = checkName(fullName);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Optional<Object[]> school = firstSchool(connection);
                if (school.isEmpty()) {
                    throw new Refused("в базе ещё нет школы. Сначала запустите журнал один раз: первый запуск без"
                            + " демо (./ejournal run --ejournal.demo=false) создаёт школу и её первые учётные"
                            + " записи / the database holds no school yet: start eJournal once first");
                }
                if (loginExists(connection, checkedLogin)) {
                    throw new Refused("логин «" + checkedLogin + "» уже занят. Выберите другой / the login is"
                            + " already taken");
                }
                long schoolId = (Long) school.get()[0];
                String schoolName = (String) school.get()[1];
                String password = FirstStart.oneTimePassword();
                long accountId = FirstStart.insertAccount(connection, schoolId, checkedLogin, password, null,
                        "MUNICIPAL");
                // who holds the login: the only place of the full name (no person of the school, no column)
                FirstStart.insert(connection, "INSERT INTO audit_event (school_id, account_id, entity, entity_id,"
                                + " action, field, new_value) VALUES (?, NULL, 'account', ?, 'INSERT', 'account', ?)",
                        schoolId, accountId, "municipal login " + checkedLogin + " (" + name
                                + ") created by the operator command municipal-login, role MUNICIPAL");
                connection.commit();
                Issued issued = new Issued(accountId, checkedLogin, name, schoolName, password);
                LOG.info("Municipal account created: {}", issued);
                return issued;
            } catch (SQLIntegrityConstraintViolationException e) {
                connection.rollback();
                throw new Refused("логин «" + checkedLogin + "» уже занят / the login is already taken");
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the municipal login failed: " + e.getMessage(), e);
        }
    }

    static String checkLogin(String login) {
        String l = login == null ? "" : login.strip();
        if (!LOGIN.matcher(l).matches()) {
            throw new Refused("неверный логин «" + l + "»: нужны строчные латинские буквы, цифры, точка или дефис,"
                    + " первая — буква, от 3 до 100 символов (например, ruo.ivanova) / invalid login: lower-case"
                    + " Latin letters, digits, dot or hyphen, starting with a letter, 3 to 100 characters");
        }
        return l;
    }

    /** «Фамилия Имя Отчество» normalised to single spaces; the patronymic may be absent or of several words. */
    static String checkName(String fullName) {
        String[] parts = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        boolean valid = parts.length >= 2
                && Arrays.stream(parts).allMatch(p -> NAME_PART.matcher(p).matches())
                && parts[0].length() <= NAME_PART_LENGTH && parts[1].length() <= NAME_PART_LENGTH
                && String.join(" ", Arrays.copyOfRange(parts, 2, parts.length)).length() <= NAME_PART_LENGTH;
        if (!valid) {
            throw new Refused("неверное имя «" + (fullName == null ? "" : fullName.strip()) + "»: нужны фамилия,"
                    + " имя и (если есть) отчество буквами, каждое не длиннее " + NAME_PART_LENGTH
                    + " символов, например \"Иванова Мария Петровна\" / invalid name: surname, first name and"
                    + " patronymic in letters");
        }
        return String.join(" ", parts);
    }

    private static Optional<Object[]> firstSchool(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, name FROM school ORDER BY id LIMIT 1")) {
            return rs.next() ? Optional.of(new Object[] {rs.getLong(1), rs.getString(2)}) : Optional.empty();
        }
    }

    /** In any school: logins are unique in the installation (compared case-insensitively by the collation). */
    private static boolean loginExists(Connection connection, String login) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM user_account"
                + " WHERE login = ?)")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void print(PrintStream console, Issued issued) {
        String line = "=".repeat(78);
        console.println();
        console.println(line);
        console.println("  Создана учётная запись специалиста управления образования (чтение всех школ).");
        console.println("  A municipal (read-only, all schools) account was created.");
        console.println();
        console.println("    ФИО / name:          " + issued.fullName());
        console.println("    логин / login:       " + issued.login());
        console.println("    одноразовый пароль / one-time password: " + issued.oneTimePassword());
        console.println();
        console.println("  Пароль показан ОДИН раз и нигде не сохранён: передайте его владельцу сейчас.");
        console.println("  При первом входе пароль нужно сменить.");
        console.println("  The password is shown ONCE and stored nowhere; it must be changed at the first login.");
        console.println(line);
        console.println();
        console.flush();
    }
}

package org.ejournal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.security.LoginOutcome;
import org.ejournal.api.security.LoginStatus;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first start without the demo on an empty database: one school, {@code admin} and {@code zavuch}
 * with one-time passwords printed once, which the product's login accepts and then demands a change.
 */
@EJournalDatabase
class FirstStartOnEmptyDatabaseTest {

    static DataSource db;
    static String console;
    static Map<String, FirstStart.IssuedAccount> issued;

    @BeforeAll
    static void firstStart(DataSource dataSource) {
        db = dataSource;
        Properties p = new Properties();
        p.setProperty("ejournal.school.name", "МБОУ «Школа № 7»");
        p.setProperty("ejournal.school.shortName", "Школа № 7");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional<List<FirstStart.IssuedAccount>> created = FirstStart.createIfEmpty(dataSource,
                LauncherSettings.from(p), new PrintStream(out, true, StandardCharsets.UTF_8));
        console = out.toString(StandardCharsets.UTF_8);
        issued = created.orElseThrow().stream()
                .collect(Collectors.toMap(FirstStart.IssuedAccount::login, Function.identity()));
    }

    @Test
    void createsOneSchoolWithTheConfiguredNames() {
        assertEquals(List.of("МБОУ «Школа № 7» | Школа № 7"), rows("SELECT CONCAT(name, ' | ', short_name) FROM school"));
    }

    @Test
    void createsAdminAndZavuchWithTheirRolesStaffAndForcedChange() {
        assertEquals(List.of(
                        "admin | TECH_ADMIN | Администратор | 1 | 1",
                        "zavuch | DEPUTY_DIRECTOR | Заместитель директора | 1 | 1"),
                rows("SELECT CONCAT(a.login, ' | ', r.role, ' | ', s.position, ' | ', a.must_change_password, ' | ',"
                        + " a.active) FROM user_account a JOIN account_role r ON r.account_id = a.id"
                        + " JOIN staff s ON s.id = a.staff_id AND s.school_id = a.school_id"
                        + " JOIN school sc ON sc.id = a.school_id ORDER BY a.login, r.role"));
        assertEquals(List.of("2"), rows("SELECT COUNT(*) FROM staff"));
    }

    @Test
    void printsBothLoginsAndOneTimePasswordsOnceToTheConsole() {
        assertEquals(2, issued.size());
        for (FirstStart.IssuedAccount a : issued.values()) {
            assertTrue(console.contains(a.login()), console);
            assertEquals(1, occurrences(console, a.oneTimePassword()), "password printed exactly once: " + console);
            assertTrue(a.oneTimePassword().length() >= 10, a.oneTimePassword());
        }
        assertTrue(console.contains("одноразовый пароль") && console.contains("one-time password"), console);
        assertNotEquals(issued.get("admin").oneTimePassword(), issued.get("zavuch").oneTimePassword());
    }

    @Test
    void storesOnlyHashesNeverThePasswords() {
        List<String> hashes = rows("SELECT password_hash FROM user_account ORDER BY login");
        for (String h : hashes) {
            assertTrue(h.startsWith("$shiro2$2y$10$"), h);
            issued.values().forEach(a -> assertFalse(h.contains(a.oneTimePassword())));
        }
    }

    @Test
    void loginThroughTheSecurityBundleAcceptsThePrintedPasswordAndDemandsAChange() throws Exception {
        try (StandaloneStore store = StoreRuntimes.create(db)) {
            StoreAccountService auth = new StoreAccountService(store);
            for (FirstStart.IssuedAccount a : issued.values()) {
                LoginOutcome ok = auth.login(a.login(), a.oneTimePassword().toCharArray(), "127.0.0.1");
                assertEquals(LoginStatus.SUCCESS, ok.status(), a.login());
                assertTrue(ok.mustChangePassword(), a.login() + " must change the one-time password");
            }
            LoginOutcome wrong = auth.login("admin", issued.get("zavuch").oneTimePassword().toCharArray(),
                    "127.0.0.1");
            assertEquals(LoginStatus.WRONG_CREDENTIALS, wrong.status());
        }
    }

    @Test
    void aSecondStartCreatesNothingAndPrintsNothing() {
        List<String> before = rows("SELECT CONCAT(login, password_hash) FROM user_account ORDER BY login");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional<List<FirstStart.IssuedAccount>> again = FirstStart.createIfEmpty(db,
                LauncherSettings.from(new Properties()), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(again.isEmpty());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM school"));
        assertEquals(List.of("2"), rows("SELECT COUNT(*) FROM staff"));
        assertEquals(List.of("2"), rows("SELECT COUNT(*) FROM account_role"));
        assertEquals(before, rows("SELECT CONCAT(login, password_hash) FROM user_account ORDER BY login"),
                "passwords not replaced");
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static List<String> rows(String sql) {
        return rows(db, sql);
    }

    static List<String> rows(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}

package org.ejournal.launcher;

import static org.ejournal.launcher.FirstStartOnEmptyDatabaseTest.occurrences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.security.LoginOutcome;
import org.ejournal.api.security.LoginStatus;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator command {@code ./ejournal municipal-login}: on a database with a school (made by the first
 * start) it creates a MUNICIPAL account whose printed one-time password the product's login accepts and
 * then demands a change; a taken or invalid login, or an invalid name, is refused and writes nothing.
 */
@EJournalDatabase
class MunicipalLoginTest {

    /** Everything the command could write, to compare before and after a refusal. */
    static final String EVERYTHING = "SELECT CONCAT((SELECT COUNT(*) FROM school), '/', (SELECT COUNT(*) FROM staff),"
            + " '/', (SELECT GROUP_CONCAT(CONCAT(login, password_hash, must_change_password) ORDER BY id)"
            + " FROM user_account), '/', (SELECT GROUP_CONCAT(CONCAT(account_id, role) ORDER BY id) FROM account_role),"
            + " '/', (SELECT COUNT(*) FROM audit_event))";

    static DataSource db;

    @BeforeAll
    static void aSchoolFromTheFirstStart(DataSource dataSource) {
        db = dataSource;
        FirstStart.create(dataSource, "МБОУ «Школа № 3»", "Школа № 3").orElseThrow();
    }

    /** The result of one run of the command: exit code, what went to the console and to the error stream. */
    record Run(int exitCode, String console, String errors) {
    }

    static Run run(DataSource db, String login, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MunicipalLogin.run(db, new MunicipalLogin.Request(login, name),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The one-time password from the console block. */
    static String printedPassword(String console) {
        String marker = "one-time password: ";
        int at = console.indexOf(marker);
        assertTrue(at >= 0, console);
        return console.substring(at + marker.length()).lines().findFirst().orElseThrow().strip();
    }

    @Test
    void thePrintedPasswordLogsInAMunicipalActorWhoMustChangeIt() throws Exception {
        Run created = run(db, "ruo.petrova", "  Петрова   Анна Сергеевна ");
        assertEquals(0, created.exitCode(), created.errors());
        assertEquals("", created.errors());
        String password = printedPassword(created.console());
        assertTrue(password.length() >= 10, password);
        assertEquals(1, occurrences(created.console(), password), "printed once: " + created.console());
        assertTrue(created.console().contains("ruo.petrova") && created.console().contains("Петрова Анна Сергеевна")
                && created.console().contains("одноразовый пароль"), created.console());

        try (StandaloneStore store = StoreRuntimes.create(db)) {
            StoreAccountService auth = new StoreAccountService(store);
            LoginOutcome ok = auth.login("ruo.petrova", password.toCharArray(), "127.0.0.1");
            assertEquals(LoginStatus.SUCCESS, ok.status());
            assertTrue(ok.mustChangePassword(), "the one-time password must be changed");
            Actor actor = auth.actor(ok.accountId());
            assertEquals(Set.of(Role.MUNICIPAL), actor.roles());
            assertNull(actor.staffId(), "no person of the school");
            assertEquals(List.of(String.valueOf(actor.schoolId())), FirstStartOnEmptyDatabaseTest.rows(db,
                    "SELECT MIN(id) FROM school"), "home school: the installation's first");

            assertEquals(LoginStatus.WRONG_CREDENTIALS,
                    auth.login("ruo.petrova", "wrong12345".toCharArray(), "127.0.0.1").status());
        }
        List<String> hash = FirstStartOnEmptyDatabaseTest.rows(db,
                "SELECT password_hash FROM user_account WHERE login = 'ruo.petrova'");
        assertTrue(hash.get(0).startsWith("$shiro2$2y$10$") && !hash.get(0).contains(password), hash.get(0));
        assertEquals(List.of("municipal login ruo.petrova (Петрова Анна Сергеевна) created by the operator command"
                        + " municipal-login, role MUNICIPAL"),
                FirstStartOnEmptyDatabaseTest.rows(db, "SELECT e.new_value FROM audit_event e JOIN user_account a"
                        + " ON a.id = e.entity_id WHERE e.entity = 'account' AND a.login = 'ruo.petrova'"));
    }

    @Test
    void aTakenLoginIsRefusedAndNothingIsWritten() {
        assertEquals(0, run(db, "ruo.sidorov", "Сидоров Пётр").exitCode());
        List<String> before = FirstStartOnEmptyDatabaseTest.rows(db, EVERYTHING);

        for (String taken : List.of("ruo.sidorov", "admin")) {
            Run again = run(db, taken, "Кузнецова Ольга Ивановна");
            assertEquals(MunicipalLogin.EXIT_REFUSED, again.exitCode());
            assertTrue(again.errors().contains("«" + taken + "» уже занят"), again.errors());
            assertFalse(again.console().contains("пароль"), "no password printed: " + again.console());
        }
        assertEquals(before, FirstStartOnEmptyDatabaseTest.rows(db, EVERYTHING));
        assertEquals(List.of("DEPUTY_DIRECTOR"), FirstStartOnEmptyDatabaseTest.rows(db, "SELECT r.role FROM"
                + " account_role r JOIN user_account a ON a.id = r.account_id WHERE a.login = 'zavuch'"),
                "the existing account keeps its role");
    }

    @Test
    void invalidLoginsAndNamesAreRefusedAndNothingIsWritten() {
        List<String> before = FirstStartOnEmptyDatabaseTest.rows(db, EVERYTHING);
        for (String login : List.of("", "ru", "Ruo.Ivanova", "руо", "ruo ivanova", "1ruo", "ruo;drop", "r".repeat(101))) {
            Run refused = run(db, login, "Иванова Мария Петровна");
            assertEquals(MunicipalLogin.EXIT_REFUSED, refused.exitCode(), login);
            assertTrue(refused.errors().contains("неверный логин"), refused.errors());
            assertEquals("", refused.console());
        }
        for (String name : List.of("", "Иванова", "Иванова 42", "Иванова М.", "Я".repeat(101) + " Мария")) {
            Run refused = run(db, "ruo.ivanova", name);
            assertEquals(MunicipalLogin.EXIT_REFUSED, refused.exitCode(), name);
            assertTrue(refused.errors().contains("неверное имя"), refused.errors());
            assertEquals("", refused.console());
        }
        assertEquals(before, FirstStartOnEmptyDatabaseTest.rows(db, EVERYTHING));
    }
}

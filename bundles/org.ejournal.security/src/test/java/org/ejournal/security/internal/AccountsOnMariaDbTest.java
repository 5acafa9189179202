package org.ejournal.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.security.AccountAdminService;
import org.ejournal.api.security.AccountService;
import org.ejournal.api.security.AuthenticationService;
import org.ejournal.api.security.AccountSummary;
import org.ejournal.api.security.CredentialCandidate;
import org.ejournal.api.security.CredentialLetter;
import org.ejournal.api.security.CredentialLetters;
import org.ejournal.api.security.CredentialStatus;
import org.ejournal.api.security.IssuedPassword;
import org.ejournal.api.security.LoginAttemptRecord;
import org.ejournal.api.security.LoginOutcome;
import org.ejournal.api.security.LoginStatus;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logins, lockout with back-off, the attempt log, password changes, "log out everywhere", the
 * administrator's actions and the credential letters of a class, on real MariaDB (two-schools fixture)
 * with a clock the test moves.
 */
@EJournalDatabase
class AccountsOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** A clock the tests move forward. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-20T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    static DataSource db;
    static StandaloneStore store;
    static MovingClock clock = new MovingClock();
    static Passwords passwords = new Passwords();
    static StoreAccountService accounts;
    static StoreAccountAdminService admin;

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        db = dataSource;
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store, clock, passwords);
        admin = new StoreAccountAdminService(store, new DefaultAccessPolicy(store), clock, passwords);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    /** Gives the account a known password (the fixture's hashes are placeholders). */
    static void setPassword(String login, String password, boolean mustChange) {
        sql("UPDATE user_account SET password_hash = ?, must_change_password = ?, failed_logins = 0,"
                + " locked_until = NULL WHERE login = ?", passwords.hash(password.toCharArray()), mustChange, login);
    }

    static void sql(String statement, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static List<Map<String, Object>> rows(String query, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static LoginOutcome login(String login, String password) {
        return accounts.login(login, password.toCharArray(), "10.0.0.7");
    }

    // ------------------------------------------------------------------ login and lockout

    @Test
    void aSuccessfulLoginIsRecordedWithTheAddress() {
        setPassword("teacher", "Secret123", false);
        LoginOutcome ok = login("Teacher", "Secret123");
        assertEquals(LoginStatus.SUCCESS, ok.status());
        assertEquals(4, ok.accountId());
        assertFalse(ok.mustChangePassword());
        Map<String, Object> last = rows("SELECT * FROM login_attempt WHERE account_id = 4 ORDER BY id DESC").get(0);
        assertEquals(true, last.get("success"));
        assertEquals("SUCCESS", last.get("reason"));
        assertEquals("10.0.0.7", last.get("address"));
        assertEquals("Teacher", last.get("login"), "as typed");
        assertEquals(1L, ((Number) last.get("school_id")).longValue());
        assertTrue(rows("SELECT last_login_at FROM user_account WHERE id = 4").get(0).get("last_login_at") != null);
    }

    @Test
    void unknownLoginsAndWrongPasswordsAreRefusedAlikeAndRecorded() {
        setPassword("orlov", "Secret123", false);
        assertEquals(LoginStatus.WRONG_CREDENTIALS, login("nobody-here", "Secret123").status());
        assertEquals(LoginStatus.WRONG_CREDENTIALS, login("orlov", "secret123").status());
        Map<String, Object> unknown = rows("SELECT * FROM login_attempt WHERE login = 'nobody-here'").get(0);
        assertNull(unknown.get("school_id"));
        assertNull(unknown.get("account_id"));
        assertEquals("UNKNOWN_LOGIN", unknown.get("reason"));
        assertEquals(false, unknown.get("success"));
        Map<String, Object> wrong = rows("SELECT * FROM login_attempt WHERE account_id = 6 ORDER BY id DESC").get(0);
        assertEquals("WRONG_PASSWORD", wrong.get("reason"));
    }

    @Test
    void fiveWrongPasswordsLockForAMinuteEvenAgainstTheRightPasswordThenBackOffDoubles() {
        setPassword("zavuch", "Secret123", false);
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginStatus.WRONG_CREDENTIALS, login("zavuch", "wrong" + i).status(), "attempt " + i);
        }
        LoginOutcome fifth = login("zavuch", "wrong5");
        assertEquals(LoginStatus.LOCKED, fifth.status(), "the fifth failure locks at once");
        assertEquals(clock.now.plus(Duration.ofMinutes(1)), fifth.lockedUntil());

        LoginOutcome right = login("zavuch", "Secret123");
        assertEquals(LoginStatus.LOCKED, right.status(), "locked: even the right password is refused");
        assertEquals(fifth.lockedUntil(), right.lockedUntil());
        assertEquals("LOCKED", rows("SELECT reason FROM login_attempt WHERE account_id = 3 ORDER BY id DESC")
                .get(0).get("reason"));

        clock.advance(Duration.ofSeconds(61));
        for (int i = 6; i <= 9; i++) {
            assertEquals(LoginStatus.WRONG_CREDENTIALS, login("zavuch", "wrong" + i).status());
        }
        LoginOutcome tenth = login("zavuch", "wrong10");
        assertEquals(LoginStatus.LOCKED, tenth.status());
        assertEquals(clock.now.plus(Duration.ofMinutes(2)), tenth.lockedUntil(), "the second lock lasts twice as long");

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertEquals(LoginStatus.SUCCESS, login("zavuch", "Secret123").status());
        assertEquals(0, ((Number) rows("SELECT failed_logins FROM user_account WHERE id = 3").get(0)
                .get("failed_logins")).intValue(), "a success resets the count");
        assertEquals(LoginStatus.WRONG_CREDENTIALS, login("zavuch", "wrong11").status(), "counting starts anew");
        setPassword("zavuch", "Secret123", false);
    }

    @Test
    void backOffDoublesUpToAnHour() {
        assertEquals(Duration.ZERO, Lockout.after(4));
        assertEquals(Duration.ofMinutes(1), Lockout.after(5));
        assertEquals(Duration.ZERO, Lockout.after(6));
        assertEquals(Duration.ofMinutes(2), Lockout.after(10));
        assertEquals(Duration.ofMinutes(4), Lockout.after(15));
        assertEquals(Duration.ofMinutes(32), Lockout.after(30));
        assertEquals(Duration.ofHours(1), Lockout.after(35));
        assertEquals(Duration.ofHours(1), Lockout.after(500));
    }

    @Test
    void aDeactivatedAccountIsToldSoOnlyWithTheRightPassword() {
        setPassword("Tutor", "Secret123", false);
        assertEquals(LoginStatus.WRONG_CREDENTIALS, login("tutor", "nope1234").status());
        assertEquals(LoginStatus.INACTIVE, login("tutor", "Secret123").status());
    }

    // ------------------------------------------------------------------ own password and sessions

    @Test
    void aOneTimePasswordMustBeChangedAndThePolicySpeaksForEachRule() {
        setPassword("student", "onetime42x", true);
        LoginOutcome first = login("student", "onetime42x");
        assertEquals(LoginStatus.SUCCESS, first.status());
        assertTrue(first.mustChangePassword());
        Actor me = actor("student");

        Map<String, String> broken = Map.of(
                "abc123", AuthenticationService.PASSWORD_TOO_SHORT,
                "abcdefghij", AuthenticationService.PASSWORD_LETTERS_AND_DIGITS,
                "1234567890", AuthenticationService.PASSWORD_LETTERS_AND_DIGITS,
                "student2026", AuthenticationService.PASSWORD_EQUALS_LOGIN,
                "onetime42x", AuthenticationService.PASSWORD_NOT_NEW,
                "a1" + "x".repeat(100), AuthenticationService.PASSWORD_TOO_LONG);
        broken.forEach((password, key) -> {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> accounts.changePassword(me, null, password.toCharArray()), password);
            assertEquals(key, e.messageKey(), password);
        });

        int epoch = accounts.changePassword(me, null, "Tverskaya7".toCharArray());
        assertNotEquals(first.sessionEpoch(), epoch);
        assertFalse(accounts.sessionCurrent(first.accountId(), first.sessionEpoch()), "other sessions end");
        assertTrue(accounts.sessionCurrent(first.accountId(), epoch), "the changing session goes on");
        LoginOutcome again = login("student", "Tverskaya7");
        assertEquals(LoginStatus.SUCCESS, again.status());
        assertFalse(again.mustChangePassword());
        assertEquals(LoginStatus.WRONG_CREDENTIALS, login("student", "onetime42x").status());
        assertEquals(1, rows("SELECT * FROM audit_event WHERE entity = 'user_account' AND entity_id = 8"
                + " AND field = 'password' AND new_value LIKE 'changed%'").size());
        assertTrue(rows("SELECT password_changed_at FROM user_account WHERE id = 8").get(0)
                .get("password_changed_at") != null);
    }

    @Test
    void anOrdinaryChangeNeedsTheCurrentPassword() {
        setPassword("director", "Secret123", false);
        Actor me = actor("director");
        assertEquals(AuthenticationService.PASSWORD_CURRENT_WRONG, assertThrows(ValidationException.class,
                () -> accounts.changePassword(me, "wrong".toCharArray(), "Another456".toCharArray())).messageKey());
        assertEquals(AuthenticationService.PASSWORD_NOT_NEW, assertThrows(ValidationException.class,
                () -> accounts.changePassword(me, "Secret123".toCharArray(), "Secret123".toCharArray())).messageKey());
        accounts.changePassword(me, "Secret123".toCharArray(), "Another456".toCharArray());
        assertEquals(LoginStatus.SUCCESS, login("director", "Another456").status());
    }

    @Test
    void logOutEverywhereEndsEverySession() {
        setPassword("klassruk", "Secret123", false);
        LoginOutcome laptop = login("klassruk", "Secret123");
        LoginOutcome phone = login("klassruk", "Secret123");
        assertTrue(accounts.sessionCurrent(laptop.accountId(), laptop.sessionEpoch()));
        accounts.logOutEverywhere(actor("klassruk"));
        assertFalse(accounts.sessionCurrent(laptop.accountId(), laptop.sessionEpoch()));
        assertFalse(accounts.sessionCurrent(phone.accountId(), phone.sessionEpoch()));
        LoginOutcome next = login("klassruk", "Secret123");
        assertTrue(accounts.sessionCurrent(next.accountId(), next.sessionEpoch()), "a new login works");
    }

    // ------------------------------------------------------------------ the technical administrator

    @Test
    void theAdministratorResetsUnlocksDeactivatesAndLogsOut() {
        Actor adminActor = actor("admin");
        setPassword("gym-teacher", "Secret123", false);
        for (int i = 0; i < 5; i++) {
            login("teacher", "bad" + i);
        }
        assertEquals(LoginStatus.LOCKED, login("teacher", "whatever1").status());
        admin.unlock(adminActor, 4);
        setPassword("teacher", "Secret123", false);
        assertEquals(LoginStatus.SUCCESS, login("teacher", "Secret123").status());

        LoginOutcome open = login("teacher", "Secret123");
        IssuedPassword reset = admin.resetPassword(adminActor, 4);
        assertEquals("teacher", reset.login());
        assertFalse(accounts.sessionCurrent(4, open.sessionEpoch()), "a reset ends the sessions");
        assertEquals(LoginStatus.WRONG_CREDENTIALS, login("teacher", "Secret123").status());
        LoginOutcome withOneTime = login("teacher", reset.oneTimePassword());
        assertTrue(withOneTime.mustChangePassword());

        admin.logOutEverywhere(adminActor, 4);
        assertFalse(accounts.sessionCurrent(4, withOneTime.sessionEpoch()));

        LoginOutcome before = login("teacher", reset.oneTimePassword());
        admin.setActive(adminActor, 4, false);
        assertFalse(accounts.sessionCurrent(4, before.sessionEpoch()));
        assertEquals(LoginStatus.INACTIVE, login("teacher", reset.oneTimePassword()).status());
        admin.setActive(adminActor, 4, true);
        assertEquals(LoginStatus.SUCCESS, login("teacher", reset.oneTimePassword()).status());
        assertEquals(AccountAdminService.NOT_YOURSELF, assertThrows(ValidationException.class,
                () -> admin.setActive(adminActor, adminActor.accountId(), false)).messageKey());

        assertTrue(rows("SELECT * FROM audit_event WHERE entity = 'user_account' AND entity_id = 4 AND account_id = 1")
                .size() >= 5, "unlock, reset, log out, deactivate, activate are audited");
        setPassword("teacher", "Secret123", false);
    }

    @Test
    void onlyTheAdministratorOfTheSchoolManagesAccounts() {
        assertThrows(AccessDeniedException.class, () -> admin.resetPassword(actor("klassruk"), 4));
        assertThrows(AccessDeniedException.class, () -> admin.resetPassword(actor("director"), 4));
        assertThrows(AccessDeniedException.class, () -> admin.accounts(actor("zavuch"), ""));
        assertThrows(AccessDeniedException.class, () -> admin.loginAttempts(actor("parent"), 10));
        assertThrows(NotFoundException.class, () -> admin.resetPassword(actor("admin"), 10),
                "another school's account is not found");
    }

    @Test
    void theAdministratorIssuesAStaffLoginWithAOneTimePassword() {
        sql("INSERT INTO staff (id, school_id, last_name, first_name, middle_name, gender, position) VALUES"
                + " (108, 1, 'Щукина', 'Юлия', 'Андреевна', 'F', 'учитель истории')");
        Actor adminActor = actor("admin");
        AccountSummary row = admin.accounts(adminActor, "").stream().filter(r -> r.personId() == 108).findFirst()
                .orElseThrow();
        assertFalse(row.hasAccount());
        assertEquals(AccountAdminService.ROLES_INVALID, assertThrows(ValidationException.class,
                () -> admin.issueStaffLogin(adminActor, 108, Set.of(Role.PARENT))).messageKey());
        IssuedPassword issued = admin.issueStaffLogin(adminActor, 108, Set.of(Role.SUBJECT_TEACHER));
        assertEquals("shchukina.ia", issued.login(), "surname and one Latin letter per initial");
        LoginOutcome first = login(issued.login(), issued.oneTimePassword());
        assertTrue(first.mustChangePassword());
        assertEquals(Set.of(Role.SUBJECT_TEACHER), accounts.actor(first.accountId()).roles());
        assertEquals(108L, accounts.actor(first.accountId()).staffId());
        assertEquals(AccountAdminService.ALREADY_HAS_ACCOUNT, assertThrows(ValidationException.class,
                () -> admin.issueStaffLogin(adminActor, 108, Set.of(Role.SUBJECT_TEACHER))).messageKey());
        assertEquals(1, rows("SELECT * FROM audit_event WHERE entity = 'staff' AND entity_id = 108").size());
        assertTrue(admin.accounts(adminActor, "").stream().anyMatch(r -> r.personId() == 108 && r.hasAccount()
                && r.mustChangePassword()));
        assertTrue(admin.accounts(adminActor, "Абрам").stream()
                        .anyMatch(r -> r.kind() == PersonKind.PARENT && "parent".equals(r.login())),
                "a search by surname finds parents' accounts too");
        assertTrue(admin.accounts(adminActor, "STUD").stream().anyMatch(r -> r.kind() == PersonKind.STUDENT),
                "and by login, case-insensitively");
        assertTrue(admin.accounts(adminActor, "").stream().allMatch(r -> r.kind() == PersonKind.STAFF),
                "without a search: staff only");
    }

    @Test
    void theLoginLogShowsTheSchoolsAttemptsNewestFirst() {
        setPassword("gym-director", "Secret123", false);
        login("gym-director", "Secret123");
        login("director", "bad-one-1");
        clock.advance(Duration.ofSeconds(1));
        login("director", "bad-one-2");
        List<LoginAttemptRecord> log = admin.loginAttempts(actor("admin"), 50);
        assertFalse(log.isEmpty());
        assertTrue(log.stream().noneMatch(r -> r.login().equals("gym-director")), "another school's attempts");
        assertTrue(log.stream().noneMatch(r -> r.accountId() == null), "unknown logins belong to no school");
        for (int i = 1; i < log.size(); i++) {
            assertFalse(log.get(i).occurredAt().isAfter(log.get(i - 1).occurredAt()), "newest first");
        }
        assertEquals("10.0.0.7", log.get(0).address());
    }

    // ------------------------------------------------------------------ credential letters

    @Test
    void theClassTeacherIssuesTheLettersOfHerClass() {
        Actor klassruk = actor("klassruk");
        List<CredentialCandidate> preview = admin.credentialPreview(klassruk, 21, TODAY);
        Map<String, CredentialStatus> status = preview.stream()
                .collect(Collectors.toMap(c -> c.name().full(), CredentialCandidate::status));
        // 306 left and 307 moved to 5Б before the 20th; 301 and her mother have accounts in use.
        assertEquals(Map.of("Абрамова Софья Игоревна", CredentialStatus.IN_USE, "Белов Артём", CredentialStatus.NEW,
                "Егоров Максим Олегович", CredentialStatus.NEW, "Ёлкин Иван Петрович", CredentialStatus.NEW,
                "Жуков Семён Ильич", CredentialStatus.NEW, "Абрамова Наталья Викторовна", CredentialStatus.IN_USE),
                status);
        assertEquals(PersonKind.STUDENT, preview.get(0).kind());
        assertEquals("Абрамова Софья Игоревна", preview.get(5).childName());

        CredentialLetters letters = admin.issueClassCredentials(klassruk, 21, TODAY, false);
        assertEquals("5А", letters.className());
        assertEquals("МБОУ «Средняя общеобразовательная школа № 7»", letters.schoolName());
        assertEquals(List.of("Белов Артём", "Егоров Максим Олегович", "Ёлкин Иван Петрович", "Жуков Семён Ильич"),
                letters.letters().stream().map(l -> l.name().full()).toList(), "Russian order, accounts in use left alone");
        Map<String, CredentialLetter> byName = letters.letters().stream()
                .collect(Collectors.toMap(l -> l.name().full(), Function.identity()));
        CredentialLetter belov = byName.get("Белов Артём");
        assertEquals("belov.a", belov.login());
        assertEquals("elkin.ip", byName.get("Ёлкин Иван Петрович").login());
        assertEquals(10, belov.oneTimePassword().length());
        LoginOutcome first = login(belov.login(), belov.oneTimePassword());
        assertEquals(LoginStatus.SUCCESS, first.status());
        assertTrue(first.mustChangePassword());
        Actor belovActor = accounts.actor(first.accountId());
        assertEquals(Set.of(Role.STUDENT), belovActor.roles());
        assertEquals(302L, belovActor.studentId());
        assertTrue(rows("SELECT password_hash FROM user_account WHERE login = 'belov.a'").get(0).get("password_hash")
                .toString().startsWith("$shiro2$2y$10$"), "only the hash is stored");
        assertEquals(4, rows("SELECT * FROM audit_event WHERE entity = 'student' AND field = 'account'"
                + " AND account_id = 5").size(), "who issued is audited");

        // Again: the letters not used yet are reissued, the old one-time password stops working.
        CredentialLetters again = admin.issueClassCredentials(klassruk, 21, TODAY, false);
        assertEquals(4, again.letters().size());
        assertEquals(CredentialStatus.REISSUE, admin.credentialPreview(klassruk, 21, TODAY).get(1).status());
        assertEquals(LoginStatus.WRONG_CREDENTIALS, login("belov.a", belov.oneTimePassword()).status());

        // With accounts in use: the parent and Софья get letters too.
        CredentialLetters all = admin.issueClassCredentials(klassruk, 21, TODAY, true);
        assertEquals(6, all.letters().size());
        CredentialLetter mother = all.letters().get(5);
        assertEquals(PersonKind.PARENT, mother.kind());
        assertEquals("parent", mother.login());
        assertTrue(login("parent", mother.oneTimePassword()).mustChangePassword());
    }

    @Test
    void lettersAreRefusedForAnotherClassAndOutsideTheRoles() {
        assertThrows(AccessDeniedException.class, () -> admin.credentialPreview(actor("klassruk"), 22, TODAY));
        assertThrows(AccessDeniedException.class,
                () -> admin.issueClassCredentials(actor("teacher"), 21, TODAY, false));
        assertThrows(AccessDeniedException.class,
                () -> admin.issueClassCredentials(actor("admin"), 21, TODAY, false));
        assertThrows(AccessDeniedException.class, () -> admin.credentialPreview(actor("director"), 24, TODAY),
                "another school's class");
        assertEquals(4, admin.credentialPreview(actor("zavuch"), 22, TODAY).size() + 2,
                "the deputy director may (5Б: two students)");
    }
}

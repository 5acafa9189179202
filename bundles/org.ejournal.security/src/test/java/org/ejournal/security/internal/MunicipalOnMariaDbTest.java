package org.ejournal.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The municipal specialist on real MariaDB (two-schools fixture plus a MUNICIPAL account «ruo» of school 1):
 * the role is stored (V8), only MUNICIPAL lists and chooses schools, the choice is audited in the viewed
 * school, and in the viewed school only reads are allowed.
 */
@EJournalDatabase
class MunicipalOnMariaDbTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
    static final long RUO = 12;

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static DefaultAccessPolicy policy;
    static StoreMunicipalService municipal;

    @BeforeAll
    static void load(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        db = dataSource;
        Fixtures.load(dataSource, "municipal");
        store = StoreRuntimes.create(dataSource);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        accounts = new StoreAccountService(store, clock, new Passwords());
        policy = new DefaultAccessPolicy(store);
        municipal = new StoreMunicipalService(store, policy, clock);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    @Test
    void theRoleIsStoredAndOtherNamesAreStillRefusedByTheSchema() {
        Actor ruo = actor("ruo");
        assertEquals(Set.of(Role.MUNICIPAL), ruo.roles());
        assertEquals(1, ruo.schoolId(), "home school until a school is chosen");
        assertNull(ruo.staffId());
        assertEquals("Кузнецова Анна Сергеевна", ruo.displayName(), "no person of the school: the account's own name");
        assertThrows(SQLException.class, () -> {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO account_role (school_id, account_id, role) VALUES (1, 12, 'MAYOR')");
            }
        });
    }

    @Test
    void onlyTheMunicipalRoleListsAndChoosesSchools() {
        for (String login : List.of("director", "zavuch", "admin", "teacher", "klassruk", "parent", "student")) {
            Actor other = actor(login);
            assertThrows(AccessDeniedException.class, () -> municipal.schools(other), login);
            assertThrows(AccessDeniedException.class, () -> municipal.viewSchool(other, "10.0.0.1", 2), login);
            assertThrows(AccessDeniedException.class, () -> municipal.viewSchool(other, "10.0.0.1", 1), login);
        }
        Actor gymDirector = actor("gym-director");
        assertThrows(AccessDeniedException.class, () -> municipal.viewSchool(gymDirector, "", 1));
        assertEquals(0, viewsByOthers(), "a refusal writes nothing");
    }

    @Test
    void schoolsAreEverySchoolOfTheInstallationInRussianOrder() {
        List<SchoolSummary> schools = municipal.schools(actor("ruo"));
        assertEquals(List.of("Гимназия № 1", "СОШ № 7"), schools.stream().map(SchoolSummary::shortName).toList());
        assertEquals(List.of(2L, 1L), schools.stream().map(SchoolSummary::id).toList());
    }

    @Test
    void afterSwitchingTheActorReadsSchoolTwoAndStillWritesNothingThere() {
        Actor home = actor("ruo");
        assertFalse(policy.allows(home, Operation.ASSIGNMENT_JOURNAL_READ, 55), "school 2 before switching");

        Actor viewing = municipal.viewSchool(home, "192.0.2.7", 2);
        assertEquals(2, viewing.schoolId());
        assertEquals(RUO, viewing.accountId());
        assertEquals(Set.of(Role.MUNICIPAL), viewing.roles());
        assertNull(viewing.staffId());

        assertTrue(policy.allows(viewing, Operation.ASSIGNMENT_JOURNAL_READ, 55));
        assertTrue(policy.allows(viewing, Operation.CLASS_ROSTER_READ, 24));
        assertTrue(policy.allows(viewing, Operation.REPORT_RUN, 2));
        assertTrue(policy.allows(viewing, Operation.SCHOOL_READ, 2));
        assertFalse(policy.allows(viewing, Operation.ASSIGNMENT_JOURNAL_READ, 51), "school 1 is not read now");
        // every other operation on school 2's objects: refused
        Map<Operation, Long> schoolTwoObjects = Map.ofEntries(Map.entry(Operation.REPORT_SCHEDULE_MANAGE, 2L),
                Map.entry(Operation.CLASS_PEOPLE_MANAGE, 24L), Map.entry(Operation.STUDENT_DATA_MANAGE, 321L),
                Map.entry(Operation.PARENT_DATA_MANAGE, 403L), Map.entry(Operation.STAFF_DATA_MANAGE, 2L),
                Map.entry(Operation.STUDENT_DIARY_READ, 321L), Map.entry(Operation.PERSONAL_DATA_LOG_READ, 2L),
                Map.entry(Operation.STUDENT_MOVE, 2L), Map.entry(Operation.YEAR_PROMOTE, 2L),
                Map.entry(Operation.LESSON_JOURNAL_WRITE, 607L), Map.entry(Operation.CLASS_ATTENDANCE_MANAGE, 24L),
                Map.entry(Operation.JOURNAL_SETTINGS_MANAGE, 2L), Map.entry(Operation.TIMETABLE_MANAGE, 2L),
                Map.entry(Operation.FINAL_MARK_WRITE, 55L), Map.entry(Operation.FINAL_MARK_OVERRIDE, 55L),
                Map.entry(Operation.SCHOOL_IMPORT, 2L), Map.entry(Operation.STAFF_ACCOUNTS_MANAGE, 2L),
                Map.entry(Operation.CLASS_CREDENTIALS_ISSUE, 24L), Map.entry(Operation.SCHOOL_SETUP_MANAGE, 2L));
        for (Operation op : Operation.values()) {
            if (!AccessRules.MUNICIPAL_READS.contains(op)) {
                assertTrue(schoolTwoObjects.containsKey(op), "no school-2 object for " + op + " in this test");
                assertFalse(policy.allows(viewing, op, schoolTwoObjects.get(op)), op.name());
            }
        }
    }

    @Test
    void everySwitchIsAuditedInTheViewedSchoolWithWhoWhenAndWhere() throws SQLException {
        int before = views(2);
        municipal.viewSchool(actor("ruo"), "192.0.2.8", 2);
        assertEquals(before + 1, views(2));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT account_id, address, occurred_at, action, new_value FROM audit_event"
                        + " WHERE school_id = 2 AND entity = 'school' AND entity_id = 2 ORDER BY id DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            assertEquals(RUO, r.getLong("account_id"));
            assertEquals("192.0.2.8", r.getString("address"));
            assertEquals("2026-11-20T09:15", r.getTimestamp("occurred_at").toLocalDateTime().toString());
            assertEquals("VIEW", r.getString("action"));
            assertTrue(r.getString("new_value").startsWith("ruo"), r.getString("new_value"));
        }
    }

    @Test
    void anUnknownSchoolIsNotFound() {
        assertThrows(NotFoundException.class, () -> municipal.viewSchool(actor("ruo"), "", 999));
    }

    @Test
    void theOwnAccountStillWorksWhileViewingAnotherSchool() {
        Actor viewing = municipal.viewSchool(actor("ruo"), "", 2);
        int epoch = epoch();
        accounts.logOutEverywhere(viewing);
        assertEquals(epoch + 1, epoch());
        // but a forged actor of another account with the MUNICIPAL role finds no own account
        Actor forged = new Actor(2, 2, "director", "x", Set.of(Role.MUNICIPAL), null, null, null, null);
        assertThrows(NotFoundException.class, () -> accounts.logOutEverywhere(forged));
    }

    static int epoch() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT session_epoch FROM user_account WHERE id = 12")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int viewsByOthers() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE entity = 'school' AND action = 'VIEW' AND account_id <> 12")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int views(long school) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE school_id = ? AND entity = 'school' AND action = 'VIEW'")) {
            s.setLong(1, school);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.ejournal.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The security matrix (issue 5 item 3): every {@link Operation} × every {@link Role} × (own object, a
 * foreign object of the same school, an object of another school), decided by the real policy on real
 * MariaDB (two-schools + diary fixtures), against the explicit table {@link #EXPECTED}. Each actor holds
 * exactly one role, so a rule that leaks through another role cannot hide. The table has an allowed and
 * a refused cell for every rule, so weakening any single rule (dropping its school check, its role
 * check or its person check) turns at least one cell red.
 *
 * <p>A new {@link Operation} or {@link Role} fails {@link #everyOperationAndRoleHasExpectations()} with
 * the exact lines to add.
 */
@EJournalDatabase
class SecurityMatrixOnMariaDbTest {

    /** One actor per role, all of school 1, each the person the fixture ties to 5А / student 301. */
    static final Map<Role, Actor> ACTORS = new EnumMap<>(Map.of(
            Role.TECH_ADMIN, staff(1, 103, Role.TECH_ADMIN),
            Role.DIRECTOR, staff(2, 101, Role.DIRECTOR),
            Role.DEPUTY_DIRECTOR, staff(3, 102, Role.DEPUTY_DIRECTOR),
            // Смирнова: class teacher of 5А (class 21); as a pure class teacher here (no SUBJECT_TEACHER).
            Role.CLASS_TEACHER, staff(5, 105, Role.CLASS_TEACHER),
            // Иванова: teaches mathematics in 5А (assignment 51) and 5Б (54).
            Role.SUBJECT_TEACHER, staff(4, 104, Role.SUBJECT_TEACHER),
            // Лебедева: tutor of 301 (diary fixture).
            Role.TUTOR, staff(9, 107, Role.TUTOR),
            Role.PARENT, new Actor(7, 1, "parent", "parent", Set.of(Role.PARENT), null, null, 401L, Set.of(301L, 312L)),
            Role.STUDENT, new Actor(8, 1, "student", "student", Set.of(Role.STUDENT), null, 301L, null, null),
            // the municipal specialist while viewing school 1: reads only; school 2 only after switching to it
            Role.MUNICIPAL, new Actor(12, 1, "ruo", "ruo", Set.of(Role.MUNICIPAL), null, null, null, null)));

    static Actor staff(long account, long staffId, Role role) {
        return new Actor(account, 1, role.name().toLowerCase(), role.name(), Set.of(role), staffId, null, null, null);
    }

    /**
     * The objects of each operation: own (tied to the actors above), foreign in the same school (tied to
     * none of them), of another school; 0 = no such object for this kind (school-level operations).
     */
    static final String OBJECTS = """
            SCHOOL_READ              1    0    2
            CLASS_ROSTER_READ        21   23   24
            ASSIGNMENT_JOURNAL_READ  51   53   55
            REPORT_RUN               1    0    2
            REPORT_SCHEDULE_MANAGE   1    0    2
            CLASS_PEOPLE_MANAGE      21   23   24
            STUDENT_DATA_MANAGE      301  311  321
            PARENT_DATA_MANAGE       401  402  403
            STAFF_DATA_MANAGE        1    0    2
            STUDENT_DIARY_READ       301  311  321
            PERSONAL_DATA_LOG_READ   1    0    2
            FINAL_MARK_WRITE         51   53   55
            FINAL_MARK_OVERRIDE      51   53   55
            SCHOOL_IMPORT            1    0    2
            STAFF_ACCOUNTS_MANAGE    1    0    2
            CLASS_CREDENTIALS_ISSUE  21   23   24
            TIMETABLE_MANAGE         1    0    2
            STUDENT_MOVE             1    0    2
            YEAR_PROMOTE             1    0    2
            SCHOOL_SETUP_MANAGE      1    0    2
            LESSON_JOURNAL_WRITE     601  609  607
            CLASS_ATTENDANCE_MANAGE  21   23   24
            JOURNAL_SETTINGS_MANAGE  1    0    2
            MUNICIPAL_SCHOOL_VIEW    1    0    2
            """;

    /**
     * Expected decisions: per role three signs for own / same-school foreign / other-school object;
     * {@code +} allowed, {@code -} refused, {@code .} no such object.
     */
    static final String EXPECTED = """
                                     TECH_ADMIN DIRECTOR DEPUTY_DIRECTOR CLASS_TEACHER SUBJECT_TEACHER TUTOR PARENT STUDENT MUNICIPAL
            SCHOOL_READ              -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    +.-
            CLASS_ROSTER_READ        ++-        ++-      ++-             +--           +--             ---   ---    ---    ++-
            ASSIGNMENT_JOURNAL_READ  ---        ++-      ++-             +--           +--             ---   ---    ---    ++-
            REPORT_RUN               +.-        +.-      +.-             +.-           +.-             +.-   -.-    -.-    +.-
            REPORT_SCHEDULE_MANAGE   +.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            CLASS_PEOPLE_MANAGE      ---        ++-      ++-             +--           ---             ---   ---    ---    ---
            STUDENT_DATA_MANAGE      ---        ++-      ++-             +--           ---             ---   ---    ---    ---
            PARENT_DATA_MANAGE       ---        ++-      ++-             +--           ---             ---   ---    ---    ---
            STAFF_DATA_MANAGE        +.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            STUDENT_DIARY_READ       ---        ++-      ++-             +--           ---             +--   +--    +--    ---
            PERSONAL_DATA_LOG_READ   -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            FINAL_MARK_WRITE         ---        ---      ---             ---           +--             ---   ---    ---    ---
            FINAL_MARK_OVERRIDE      ---        ++-      ++-             ---           ---             ---   ---    ---    ---
            SCHOOL_IMPORT            -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            STAFF_ACCOUNTS_MANAGE    +.-        -.-      -.-             -.-           -.-             -.-   -.-    -.-    -.-
            CLASS_CREDENTIALS_ISSUE  ---        ++-      ++-             +--           ---             ---   ---    ---    ---
            TIMETABLE_MANAGE         -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            STUDENT_MOVE             -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            YEAR_PROMOTE             -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            SCHOOL_SETUP_MANAGE      -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            LESSON_JOURNAL_WRITE     ---        ---      ---             ---           +--             ---   ---    ---    ---
            CLASS_ATTENDANCE_MANAGE  ---        ++-      ++-             +--           ---             ---   ---    ---    ---
            JOURNAL_SETTINGS_MANAGE  -.-        +.-      +.-             -.-           -.-             -.-   -.-    -.-    -.-
            MUNICIPAL_SCHOOL_VIEW    -.-        -.-      -.-             -.-           -.-             -.-   -.-    -.-    +.+
            """;

    static StandaloneStore store;
    static DefaultAccessPolicy policy;

    @BeforeAll
    static void loadFixtures(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        Fixtures.load(dataSource, "diary");
        store = StoreRuntimes.create(dataSource);
        policy = new DefaultAccessPolicy(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Map<String, long[]> objects() {
        return OBJECTS.lines().map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+"))
                .collect(Collectors.toMap(c -> c[0], c -> new long[] {Long.parseLong(c[1]), Long.parseLong(c[2]),
                        Long.parseLong(c[3])}));
    }

    static List<String> header() {
        return Arrays.asList(EXPECTED.lines().findFirst().orElseThrow().trim().split("\\s+"));
    }

    static Map<String, String[]> expectations() {
        return EXPECTED.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+"))
                .collect(Collectors.toMap(c -> c[0], c -> Arrays.copyOfRange(c, 1, c.length)));
    }

    @Test
    void everyOperationAndRoleHasExpectations() {
        List<String> problems = new ArrayList<>();
        List<String> roles = header();
        for (Role role : Role.values()) {
            if (!roles.contains(role.name()) || !ACTORS.containsKey(role)) {
                problems.add("Role " + role + " has no column in SecurityMatrixOnMariaDbTest.EXPECTED and/or no actor"
                        + " in ACTORS: add an actor of that role (one role only) to ACTORS, the column header «"
                        + role + "» to EXPECTED, and a three-sign cell (own/foreign/other school: + - .) in every row.");
            }
        }
        Map<String, String[]> expected = expectations();
        Map<String, long[]> objects = objects();
        for (Operation op : Operation.values()) {
            if (!expected.containsKey(op.name())) {
                problems.add("Operation " + op + " has no row in SecurityMatrixOnMariaDbTest.EXPECTED: add the line «"
                        + op + "  " + String.join(" ", roles.stream().map(r -> "???").toList())
                        + "» with one cell per role (" + String.join(", ", roles) + "), each three signs for the"
                        + " own / same-school foreign / other-school object: + allowed, - refused, . no such object.");
            } else if (expected.get(op.name()).length != roles.size()) {
                problems.add("Row " + op + " of EXPECTED has " + expected.get(op.name()).length + " cells, the header "
                        + roles.size() + " roles (" + String.join(", ", roles) + ").");
            }
            if (!objects.containsKey(op.name())) {
                problems.add("Operation " + op + " has no row in SecurityMatrixOnMariaDbTest.OBJECTS: add «" + op
                        + "  <own id> <same-school foreign id or 0> <other-school id>» with ids of the two-schools/diary"
                        + " fixtures (own = tied to the actors in ACTORS).");
            }
        }
        for (String name : expected.keySet()) {
            if (Stream.of(Operation.values()).noneMatch(op -> op.name().equals(name))) {
                problems.add("EXPECTED names «" + name + "», which is no Operation any more: remove the row.");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** One cell of the matrix: an operation, a role, and its three signs for the three objects. */
    record Cell(Operation op, Role role, String signs, long[] ids) {
    }

    static List<Cell> cells() {
        Map<String, String[]> expected = expectations();
        Map<String, long[]> objects = objects();
        List<String> roles = header();
        List<Cell> cells = new ArrayList<>();
        for (Operation op : Operation.values()) {
            String[] row = expected.get(op.name());
            long[] ids = objects.get(op.name());
            if (row == null || ids == null) {
                continue; // reported by everyOperationAndRoleHasExpectations
            }
            for (int r = 0; r < roles.size() && r < row.length; r++) {
                cells.add(new Cell(op, Role.valueOf(roles.get(r)), row[r], ids));
            }
        }
        return cells;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationEveryRoleOwnForeignAndOtherSchool() {
        List<DynamicTest> tests = new ArrayList<>();
        String[] kinds = {"own", "foreign (same school)", "other school"};
        for (Cell cell : cells()) {
            for (int k = 0; k < 3; k++) {
                char sign = cell.signs().charAt(k);
                int kind = k;
                if (sign == '.') {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(cell.op() + " × " + cell.role() + " × " + kinds[k] + " "
                        + cell.ids()[k] + " → " + (sign == '+' ? "allowed" : "refused"), () -> assertEquals(sign == '+',
                        policy.allows(ACTORS.get(cell.role()), cell.op(), cell.ids()[kind]),
                        cell.op() + " for " + cell.role() + " on the " + kinds[kind] + " object " + cell.ids()[kind])));
            }
        }
        return tests.stream();
    }

    /** {@code allowedAmong} (one look-up for many objects, e.g. a journal's lessons) answers as the matrix says. */
    @TestFactory
    Stream<DynamicTest> manyObjectsAtOnceGetTheSameAnswers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Cell cell : cells()) {
            java.util.Set<Long> asked = new java.util.LinkedHashSet<>();
            java.util.Set<Long> allowed = new java.util.HashSet<>();
            for (int k = 0; k < 3; k++) {
                if (cell.signs().charAt(k) != '.' && cell.ids()[k] != 0) {
                    asked.add(cell.ids()[k]);
                    if (cell.signs().charAt(k) == '+') {
                        allowed.add(cell.ids()[k]);
                    }
                }
            }
            tests.add(DynamicTest.dynamicTest(cell.op() + " × " + cell.role() + " × " + asked + " at once → " + allowed,
                    () -> assertEquals(allowed, policy.allowedAmong(ACTORS.get(cell.role()), cell.op(), asked))));
        }
        return tests.stream();
    }
}

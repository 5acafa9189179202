package org.ejournal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.Test;

/** Other sizes: the small test school, many schools, a second run into a filled database. */
@EJournalDatabase
class DemoSizesTest {

    @Test
    void smallThenTwoMoreSchoolsKeepLoginsUniqueAndNamedAccountsSingle(DataSource dataSource) throws SQLException {
        LocalDate today = LocalDate.of(2027, 3, 10); // spring: the academic year 2026/2027
        DemoSummary small = DemoSchoolGenerator.generate(dataSource, DemoSize.small().withToday(today));
        System.out.println("SMALL (150 students, 2 weeks): " + small);
        assertEquals(150, small.count("student"));
        assertTrue(small.count("mark") > 500, "marks in two weeks");

        DemoSummary more = DemoSchoolGenerator.generate(dataSource, DemoSize.small().withSchools(2).withSeed(11)
                .withToday(today));
        System.out.println("TWO MORE SCHOOLS: " + more);
        assertEquals(3, more.count("school"));
        assertEquals(450, more.count("student"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, count(s, "SELECT COUNT(*) FROM user_account WHERE login IN ('teacher')"));
            assertEquals(count(s, "SELECT COUNT(*) FROM user_account"),
                    count(s, "SELECT COUNT(DISTINCT LOWER(login)) FROM user_account"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM user_account u JOIN staff st ON st.id = u.staff_id"
                    + " WHERE st.school_id <> u.school_id"), "accounts belong to their person's school");
            assertEquals("2026/2027", string(s, "SELECT MIN(name) FROM academic_year"));
        }
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String string(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

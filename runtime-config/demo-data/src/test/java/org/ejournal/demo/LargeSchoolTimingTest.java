package org.ejournal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.Test;

/** The benchmark size: one school of 2 000 students, the whole I quarter; prints the time taken. */
@EJournalDatabase
class LargeSchoolTimingTest {

    @Test
    void twoThousandStudents(DataSource dataSource) {
        DemoSummary summary = DemoSchoolGenerator.generate(dataSource,
                DemoSize.defaults().withStudentsPerSchool(2000).withToday(LocalDate.of(2026, 11, 29)));
        System.out.println("2000 STUDENTS, 8 weeks: " + summary);
        assertEquals(2000, summary.count("student"));
    }
}

package org.ejournal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

/** A database that already has a school (here: the two-schools fixture) is not touched by the first start. */
@EJournalDatabase
class FirstStartLeavesExistingSchoolTest {

    static final String EVERYTHING = "SELECT CONCAT((SELECT GROUP_CONCAT(CONCAT(id, name, short_name) ORDER BY id) FROM school),"
            + " '/', (SELECT COUNT(*) FROM staff), '/', (SELECT GROUP_CONCAT(CONCAT(login, password_hash,"
            + " must_change_password) ORDER BY id) FROM user_account), '/', (SELECT COUNT(*) FROM account_role))";

    @Test
    void schoolStaffAndAccountsStayAsTheyWere(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        List<String> before = FirstStartOnEmptyDatabaseTest.rows(dataSource, EVERYTHING);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(FirstStart.createIfEmpty(dataSource, LauncherSettings.from(new Properties()),
                new PrintStream(out, true, StandardCharsets.UTF_8)).isEmpty());

        assertEquals(before, FirstStartOnEmptyDatabaseTest.rows(dataSource, EVERYTHING));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no passwords printed");
    }
}

package org.ejournal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.sql.DataSource;

import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.Test;

/** {@code ./ejournal municipal-login} on a database without a school: refused, nothing written. */
@EJournalDatabase
class MunicipalLoginWithoutSchoolTest {

    @Test
    void refusedWithAMessageAndNothingWritten(DataSource dataSource) {
        MunicipalLoginTest.Run refused = MunicipalLoginTest.run(dataSource, "ruo", "Иванова Мария Петровна");
        assertEquals(MunicipalLogin.EXIT_REFUSED, refused.exitCode());
        assertTrue(refused.errors().contains("в базе ещё нет школы"), refused.errors());
        assertEquals("", refused.console());
        assertEquals(List.of("0/0/0"), FirstStartOnEmptyDatabaseTest.rows(dataSource,
                "SELECT CONCAT((SELECT COUNT(*) FROM school), '/', (SELECT COUNT(*) FROM user_account), '/',"
                        + " (SELECT COUNT(*) FROM audit_event))"));
    }
}

package org.ejournal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class its own freshly migrated eJournal database on real MariaDB.
 *
 * <p>One embedded MariaDB server is started per test JVM (lazily, on the first annotated class) and
 * stopped when the JVM exits; every annotated test class gets a new database with a unique name,
 * migrated by {@code SchemaMigrator}, dropped after the class. Test constructors, lifecycle methods and
 * test methods may declare parameters of type {@link TestDatabase},
 * {@link org.ejournal.database.DatabaseSettings} or {@link javax.sql.DataSource} (a pool shared by the
 * class).
 *
 * <pre>{@code
 * @EJournalDatabase
 * class RosterServiceTest {
 *     @Test
 *     void listsStudents(DataSource dataSource) { ... }
 * }
 * }</pre>
 *
 * Set the system property {@value EJournalDatabaseExtension#EXTERNAL_URL_PROPERTY} (with
 * {@code ejournal.test.db.user} / {@code ejournal.test.db.password}) to use an already running MariaDB
 * server instead of the embedded one.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(EJournalDatabaseExtension.class)
public @interface EJournalDatabase {
}

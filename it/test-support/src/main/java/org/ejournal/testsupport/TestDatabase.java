package org.ejournal.testsupport;

import javax.sql.DataSource;

import org.ejournal.database.DatabaseSettings;

/**
 * The database of one test class.
 *
 * @param name       the database name (unique per test class and JVM)
 * @param settings   URL, user and password, e.g. to start a store runtime or to set framework properties
 * @param dataSource a connection pool on it, shared by the test class and closed after it
 */
public record TestDatabase(String name, DatabaseSettings settings, DataSource dataSource) {
}

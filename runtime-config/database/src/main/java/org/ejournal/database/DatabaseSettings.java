package org.ejournal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.mariadb.jdbc.Driver;

/**
 * How to reach the eJournal database: JDBC URL, user and password, as given by the settings
 * {@value #URL_PROPERTY}, {@value #USER_PROPERTY} and {@value #PASSWORD_PROPERTY}. The same names are
 * the OSGi framework properties the store bundle reads.
 *
 * @param url      MariaDB JDBC URL, e.g. {@code jdbc:mariadb://localhost:3306/ejournal}
 * @param user     database user
 * @param password the user's password (may be empty)
 */
public record DatabaseSettings(String url, String user, String password) {

    /** Setting / framework property with the JDBC URL. */
    public static final String URL_PROPERTY = "ejournal.db.url";
    /** Setting / framework property with the database user. */
    public static final String USER_PROPERTY = "ejournal.db.user";
    /** Setting / framework property with the database password. */
    public static final String PASSWORD_PROPERTY = "ejournal.db.password";

    /** Seconds to wait for an unreachable server before reporting the URL as wrong. */
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    // MariaDB server error codes (SQLException#getErrorCode).
    private static final int ER_ACCESS_DENIED = 1045;
    private static final int ER_DBACCESS_DENIED = 1044;
    private static final int ER_BAD_DB = 1049;

    public DatabaseSettings {
        Objects.requireNonNull(url, URL_PROPERTY);
        Objects.requireNonNull(user, USER_PROPERTY);
        password = password == null ? "" : password;
    }

    /**
     * The settings as the three framework properties the store bundle reads ({@value #URL_PROPERTY},
     * {@value #USER_PROPERTY}, {@value #PASSWORD_PROPERTY}), for the host's Felix configuration.
     */
    public Map<String, String> toFrameworkProperties() {
        return Map.of(URL_PROPERTY, url, USER_PROPERTY, user, PASSWORD_PROPERTY, password);
    }

    /** Never prints the password (settings end up in logs). */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + "]";
    }

    /**
     * Opens one connection and closes it again.
     *
     * @throws DatabaseConfigurationException with one readable sentence naming the setting at fault
     */
    public void verifyConnection() {
        try (Connection ignored = openConnection()) {
            // Reaching here is the whole check.
        } catch (SQLException e) {
            throw explain(e);
        }
    }

    /**
     * Opens a plain connection through the MariaDB driver directly (not through {@code DriverManager},
     * whose class-loader rules fail inside OSGi and in some launchers).
     *
     * @throws SQLException as the driver reports it; {@link #explain} turns it into a readable message
     */
    public Connection openConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (!url.contains("connectTimeout")) {
            properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        }
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a MariaDB JDBC URL: " + url, "08001");
        }
        return connection;
    }

    /**
     * Translates a connection failure into a {@link DatabaseConfigurationException} whose message says,
     * in Russian and English, which setting to correct. Public so that other code opening connections
     * with these settings (pools) can report failures the same way.
     */
    public DatabaseConfigurationException explain(SQLException failure) {
        int code = failure.getErrorCode();
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (code == ER_ACCESS_DENIED || state.startsWith("28")) {
            return new DatabaseConfigurationException(USER_PROPERTY,
                    "Доступ к базе данных запрещён: проверьте ejournal.db.user («" + user + "») и ejournal.db.password"
                            + " / Access to the database denied: check ejournal.db.user (\"" + user
                            + "\") and ejournal.db.password.",
                    failure);
        }
        if (code == ER_DBACCESS_DENIED) {
            return new DatabaseConfigurationException(USER_PROPERTY,
                    "Пользователю «" + user + "» (ejournal.db.user) не разрешён доступ к базе из ejournal.db.url " + url
                            + " / The user \"" + user + "\" (ejournal.db.user) may not use the database of ejournal.db.url "
                            + url + ".",
                    failure);
        }
        if (code == ER_BAD_DB) {
            return new DatabaseConfigurationException(URL_PROPERTY,
                    "База данных из ejournal.db.url не существует (" + url + ") / The database named in ejournal.db.url"
                            + " does not exist (" + url + ").",
                    failure);
        }
        if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            return new DatabaseConfigurationException(URL_PROPERTY,
                    "ejournal.db.url не является адресом MariaDB вида jdbc:mariadb://сервер:порт/база (" + url
                            + ") / ejournal.db.url is not a MariaDB URL like jdbc:mariadb://host:port/database (" + url
                            + ").",
                    failure);
        }
        return new DatabaseConfigurationException(URL_PROPERTY,
                "Сервер базы данных из ejournal.db.url недоступен (" + url + "): проверьте адрес и порт"
                        + " / The database server of ejournal.db.url cannot be reached (" + url
                        + "): check host and port.",
                failure);
    }
}

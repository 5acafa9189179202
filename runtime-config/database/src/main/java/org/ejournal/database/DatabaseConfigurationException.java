package org.ejournal.database;

/**
 * The database settings do not work. The message is one sentence in Russian and English that names
 * the setting to fix ({@code ejournal.db.url}, {@code ejournal.db.user} or {@code ejournal.db.password}),
 * so the launcher can print it as is instead of a stack trace.
 */
public class DatabaseConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String settingName;

    public DatabaseConfigurationException(String settingName, String message, Throwable cause) {
        super(message, cause);
        this.settingName = settingName;
    }

    /** The name of the setting at fault, e.g. {@code ejournal.db.url}. */
    public String settingName() {
        return settingName;
    }
}

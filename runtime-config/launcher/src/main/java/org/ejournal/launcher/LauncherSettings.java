package org.ejournal.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything the launcher can be told, from (weakest first) built-in defaults, the file
 * {@code ejournal.properties} in the home folder, {@code -Dejournal.*} system properties and
 * {@code --ejournal.key=value} command-line arguments.
 *
 * @param home            folder for data (embedded database, Felix cache); created when missing
 * @param httpHost        address to listen on
 * @param httpPort        port to listen on (0: any free one)
 * @param dbUrl           JDBC URL of an external MariaDB; empty means the embedded one
 * @param dbUser          database user
 * @param dbPassword      database password
 * @param embeddedDbPort  port of the embedded MariaDB (0: any free one)
 * @param demo            generate the demo school into an empty database
 * @param demoStudents    students per demo school
 * @param demoWeeks       weeks of lessons with marks in the demo school; {@link #DEMO_WEEKS_UNTIL_TODAY}:
 *                        from 1 September up to today
 * @param bundlesDir      bundles installed at start (the resolved bundle set)
 * @param deployDir       watched folder for add-on bundles
 * @param schoolName      full name of the school created at the first start of an empty database
 *                        (without the demo)
 * @param schoolShortName short name of that school
 */
public record LauncherSettings(Path home, String httpHost, int httpPort, Optional<String> dbUrl, String dbUser,
                               String dbPassword, int embeddedDbPort, boolean demo, int demoStudents,
                               int demoWeeks, Path bundlesDir, Path deployDir, String schoolName,
                               String schoolShortName) {

    public static final String FILE_NAME = "ejournal.properties";
    /** {@code ejournal.demo.weeks=auto}: lessons from 1 September up to today. */
    public static final int DEMO_WEEKS_UNTIL_TODAY = -1;
    /** The school name of a first start when none is configured. */
    public static final String DEFAULT_SCHOOL_NAME = "Новая школа";

    /** Defaults for a run from a distribution folder (the working directory). */
    static Properties defaults() {
        Properties p = new Properties();
        p.setProperty("ejournal.home", "data");
        p.setProperty("ejournal.http.host", "127.0.0.1");
        p.setProperty("ejournal.http.port", "8080");
        p.setProperty("ejournal.db.url", "");
        p.setProperty("ejournal.db.user", "ejournal");
        p.setProperty("ejournal.db.password", "ejournal");
        p.setProperty("ejournal.db.embedded.port", "0");
        p.setProperty("ejournal.demo", "false");
        p.setProperty("ejournal.demo.students", "700");
        p.setProperty("ejournal.demo.weeks", "auto");
        p.setProperty("ejournal.bundles.dir", "bundles");
        p.setProperty("ejournal.deploy.dir", "deploy");
        p.setProperty("ejournal.school.name", DEFAULT_SCHOOL_NAME);
        p.setProperty("ejournal.school.shortName", DEFAULT_SCHOOL_NAME);
        return p;
    }

    /**
     * Reads the settings.
     *
     * @param args command-line arguments of the form {@code --ejournal.key=value}
     * @throws SettingsException on an unreadable file or a bad value, naming the setting
     */
    public static LauncherSettings load(String[] args) {
        Properties merged = defaults();
        Properties cli = new Properties();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new SettingsException("Непонятный аргумент «" + arg + "»: ожидается --ejournal.ключ=значение"
                        + " / Unknown argument, expected --ejournal.key=value");
            }
            int eq = arg.indexOf('=');
            cli.setProperty(arg.substring(2, eq), arg.substring(eq + 1));
        }
        String home = cli.getProperty("ejournal.home", System.getProperty("ejournal.home", merged.getProperty("ejournal.home")));
        Path file = Path.of(home).resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Properties fromFile = new Properties();
                fromFile.load(r);
                merged.putAll(fromFile);
            } catch (IOException e) {
                throw new SettingsException("Не удаётся прочитать " + file + ": " + e.getMessage());
            }
        }
        for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
            if (e.getKey().toString().startsWith("ejournal.")) {
                merged.put(e.getKey(), e.getValue());
            }
        }
        merged.putAll(cli);
        return from(merged);
    }

    /** Builds settings from a complete property set (used by tests with programmatic values). */
    public static LauncherSettings from(Properties p) {
        Properties all = defaults();
        all.putAll(p);
        String url = all.getProperty("ejournal.db.url").trim();
        return new LauncherSettings(
                Path.of(all.getProperty("ejournal.home")).toAbsolutePath(),
                all.getProperty("ejournal.http.host"),
                intSetting(all, "ejournal.http.port", 0, 65535),
                url.isEmpty() ? Optional.empty() : Optional.of(url),
                all.getProperty("ejournal.db.user"),
                all.getProperty("ejournal.db.password"),
                intSetting(all, "ejournal.db.embedded.port", 0, 65535),
                Boolean.parseBoolean(all.getProperty("ejournal.demo")),
                intSetting(all, "ejournal.demo.students", 1, 100_000),
                "auto".equalsIgnoreCase(all.getProperty("ejournal.demo.weeks").trim()) ? DEMO_WEEKS_UNTIL_TODAY
                        : intSetting(all, "ejournal.demo.weeks", 0, 40),
                Path.of(all.getProperty("ejournal.bundles.dir")).toAbsolutePath(),
                Path.of(all.getProperty("ejournal.deploy.dir")).toAbsolutePath(),
                textSetting(all, "ejournal.school.name", 300),
                textSetting(all, "ejournal.school.shortName", 100));
    }

    private static String textSetting(Properties p, String key, int maxLength) {
        String value = p.getProperty(key).strip();
        if (value.isEmpty() || value.length() > maxLength) {
            throw new SettingsException("Неверное значение " + key + "=«" + value + "»: нужен непустой текст не длиннее "
                    + maxLength + " символов / " + key + " must be non-empty text of at most " + maxLength
                    + " characters");
        }
        return value;
    }

    private static int intSetting(Properties p, String key, int min, int max) {
        String raw = p.getProperty(key).trim();
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SettingsException("Неверное значение " + key + "=«" + raw + "»: нужно целое число от " + min
                    + " до " + max + " / " + key + " must be a whole number from " + min + " to " + max);
        }
    }

    /** A setting is wrong; the message names it, in Russian and English. */
    public static final class SettingsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SettingsException(String message) {
            super(message);
        }
    }
}

package org.ejournal.timetable.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StoreRuntime;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.function.Executable;

/** Shared bits of the MariaDB tests: actors by login, SQL counts, messages as the user reads them. */
final class TimetableTestSupport {

    private TimetableTestSupport() {
    }

    /** The shared two-schools fixture of test-support. */
    static void loadTwoSchools(DataSource db) {
        Fixtures.load(db, Fixtures.TWO_SCHOOLS);
    }

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static Actor actor(StoreRuntime store, String login) {
        StoreAccountService accounts = new StoreAccountService(store);
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static long count(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void exec(DataSource db, String... statements) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Russian text of a refusal, as the host shows it (this bundle's messages.properties, MessageFormat). */
    static String russian(ValidationException e) {
        Properties p = new Properties();
        try (InputStream in = TimetableTestSupport.class.getResourceAsStream("/l10n/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String pattern = p.getProperty(e.messageKey());
        if (pattern == null) {
            throw new AssertionError("No Russian text for " + e.messageKey());
        }
        return new MessageFormat(pattern, Locale.forLanguageTag("ru")).format(e.arguments());
    }

    /** Runs {@code call}, expects a refusal with {@code key}, checks that no table changed, returns the Russian text. */
    static String refused(DataSource db, String key, Executable call) {
        String before = fingerprint(db);
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(before, fingerprint(db), "nothing may be written by a refused call");
        String text = russian(e);
        assertFalse(text.contains("{"), text);
        return text;
    }

    /** Row counts and the latest change of the tables the timetable writes. */
    static String fingerprint(DataSource db) {
        return count(db, "SELECT COUNT(*) FROM timetable_slot") + "/"
                + count(db, "SELECT COALESCE(SUM(TO_DAYS(COALESCE(valid_to, '2100-01-01'))), 0) FROM timetable_slot") + "/"
                + count(db, "SELECT COUNT(*) FROM lesson") + "/"
                + count(db, "SELECT COALESCE(SUM(TO_DAYS(lesson_date) * 100 + lesson_number), 0) FROM lesson") + "/"
                + count(db, "SELECT COUNT(*) FROM audit_event");
    }
}

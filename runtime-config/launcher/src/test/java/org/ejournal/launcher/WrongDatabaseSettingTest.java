package org.ejournal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Properties;

import org.ejournal.database.DatabaseConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong external database stops the start with one message naming the setting, before anything else runs. */
class WrongDatabaseSettingTest {

    @TempDir
    Path home;

    @Test
    void unreachableUrlNamesEjournalDbUrlAndStartsNothing() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Properties p = new Properties();
        p.setProperty("ejournal.home", home.toString());
        p.setProperty("ejournal.db.url", "jdbc:mariadb://127.0.0.1:" + closedPort + "/ejournal");
        p.setProperty("ejournal.bundles.dir", home.resolve("no-bundles").toString());
        p.setProperty("ejournal.deploy.dir", home.resolve("deploy").toString());
        p.setProperty("ejournal.http.port", "0");

        DatabaseConfigurationException e = assertThrows(DatabaseConfigurationException.class,
                () -> EJournalApplication.start(LauncherSettings.from(p)));

        assertEquals("ejournal.db.url", e.settingName());
        assertTrue(e.getMessage().contains("ejournal.db.url"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line, no stack-trace wall: " + e.getMessage());
        assertFalse(home.resolve("mariadb").toFile().exists(), "no embedded server was started");
        assertFalse(home.resolve("felix-cache").toFile().exists(), "the host was not started");
    }
}

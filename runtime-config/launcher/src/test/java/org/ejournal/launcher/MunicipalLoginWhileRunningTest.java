package org.ejournal.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./ejournal municipal-login} while the journal runs on the same embedded data: the server holds the
 * lock of {@code ibdata1}, and the command says so at once instead of waiting for a second server to fail.
 */
class MunicipalLoginWhileRunningTest {

    @Test
    void aLockedDataFolderIsRefusedWithAMessage(@TempDir Path home) throws Exception {
        Path data = Files.createDirectories(home.resolve("mariadb"));
        Path ibdata = Files.writeString(data.resolve("ibdata1"), "x");
        try (FileChannel channel = FileChannel.open(ibdata, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            LauncherSettings.SettingsException e = assertThrows(LauncherSettings.SettingsException.class,
                    () -> EJournalApplication.refuseWhileRunning(data));
            assertTrue(e.getMessage().contains("журнал уже работает"), e.getMessage());
        }
        EJournalApplication.refuseWhileRunning(data); // free again: no refusal
        EJournalApplication.refuseWhileRunning(home.resolve("none")); // a new installation: nothing to check
    }
}

package org.ejournal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherSettingsTest {

    @TempDir
    Path home;

    @Test
    void emptyDatabaseUrlMeansTheEmbeddedServer() {
        LauncherSettings s = LauncherSettings.load(new String[] {"--ejournal.home=" + home});
        assertTrue(s.dbUrl().isEmpty());
        assertEquals(8080, s.httpPort());
        assertEquals("127.0.0.1", s.httpHost());
        assertFalse(s.demo());
        assertEquals(LauncherSettings.DEMO_WEEKS_UNTIL_TODAY, s.demoWeeks(), "demo lessons up to today by default");
    }

    @Test
    void fileInHomeIsReadAsUtf8AndCommandLineWins() throws Exception {
        Files.writeString(home.resolve(LauncherSettings.FILE_NAME),
                "ejournal.db.url=jdbc:mariadb://db:3306/школа\nejournal.http.port=9090\n", StandardCharsets.UTF_8);
        LauncherSettings s = LauncherSettings.load(new String[] {"--ejournal.home=" + home, "--ejournal.http.port=9191"});
        assertEquals("jdbc:mariadb://db:3306/школа", s.dbUrl().orElseThrow());
        assertEquals(9191, s.httpPort());
    }

    @Test
    void badNumberNamesTheSetting() {
        LauncherSettings.SettingsException e = assertThrows(LauncherSettings.SettingsException.class,
                () -> LauncherSettings.load(new String[] {"--ejournal.home=" + home, "--ejournal.http.port=восемь"}));
        assertTrue(e.getMessage().contains("ejournal.http.port"), e.getMessage());
    }

    @Test
    void firstStartSchoolIsANewSchoolByDefault() {
        LauncherSettings s = LauncherSettings.load(new String[] {"--ejournal.home=" + home});
        assertEquals("Новая школа", s.schoolName());
        assertEquals("Новая школа", s.schoolShortName());
    }

    @Test
    void schoolNamesAreReadFromTheFileAsUtf8AndTrimmed() throws Exception {
        Files.writeString(home.resolve(LauncherSettings.FILE_NAME),
                "ejournal.school.name=  МБОУ «Средняя школа № 12»  \nejournal.school.shortName=Школа № 12\n",
                StandardCharsets.UTF_8);
        LauncherSettings s = LauncherSettings.load(new String[] {"--ejournal.home=" + home});
        assertEquals("МБОУ «Средняя школа № 12»", s.schoolName());
        assertEquals("Школа № 12", s.schoolShortName());
    }

    @Test
    void blankOrTooLongSchoolNameNamesTheSetting() {
        LauncherSettings.SettingsException blank = assertThrows(LauncherSettings.SettingsException.class,
                () -> LauncherSettings.load(new String[] {"--ejournal.home=" + home, "--ejournal.school.name= "}));
        assertTrue(blank.getMessage().contains("ejournal.school.name"), blank.getMessage());
        LauncherSettings.SettingsException tooLong = assertThrows(LauncherSettings.SettingsException.class,
                () -> LauncherSettings.load(new String[] {"--ejournal.home=" + home,
                        "--ejournal.school.shortName=" + "ш".repeat(101)}));
        assertTrue(tooLong.getMessage().contains("ejournal.school.shortName"), tooLong.getMessage());
    }

    @Test
    void argumentNotOfTheFormKeyValueIsRefused() {
        assertThrows(LauncherSettings.SettingsException.class, () -> LauncherSettings.load(new String[] {"demo"}));
    }

    @Test
    void missingBundleFolderIsAClearError() {
        LauncherSettings.SettingsException e = assertThrows(LauncherSettings.SettingsException.class,
                () -> EJournalApplication.bundleSet(home.resolve("nowhere")));
        assertTrue(e.getMessage().contains("ejournal.bundles.dir"), e.getMessage());
    }
}

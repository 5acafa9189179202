package org.ejournal.host.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.ejournal.api.ui.ViewSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageCatalogTest {

    @Test
    void propertiesAreReadAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("messages.properties");
        Files.writeString(file, "journal.title=Журнал «5А»\n", StandardCharsets.UTF_8);
        assertEquals(Map.of("journal.title", "Журнал «5А»"), MessageCatalog.read(file.toUri().toURL()));
    }

    @Test
    void russianIsDefaultAndFallbackAndArgumentsAreFormatted() {
        MessageCatalog catalog = new MessageCatalog(null, MessageCatalog.class.getProtectionDomain()
                .getCodeSource().getLocation());
        assertEquals(ViewSupport.RUSSIAN, catalog.getProvidedLocales().get(0));
        assertEquals("Выйти", catalog.getTranslation("header.logout", ViewSupport.RUSSIAN));
        assertEquals("Log out", catalog.getTranslation("header.logout", Locale.ENGLISH));
        assertEquals("Выйти", catalog.getTranslation("header.logout", Locale.GERMAN), "other languages get Russian");
        assertEquals("Здравствуйте, Иванова Мария!", catalog.getTranslation("start.greeting", ViewSupport.RUSSIAN,
                "Иванова Мария"));
        assertEquals("!no.such.key!", catalog.getTranslation("no.such.key", ViewSupport.RUSSIAN));
    }
}

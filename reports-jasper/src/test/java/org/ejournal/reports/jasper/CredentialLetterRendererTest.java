package org.ejournal.reports.jasper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejournal.api.people.PersonKind;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.security.CredentialLetter;
import org.ejournal.api.security.CredentialLetters;
import org.junit.jupiter.api.Test;

/** The letters PDF: Cyrillic kept, every letter's login and password, two letters per page. */
class CredentialLetterRendererTest {

    final CredentialLetterRenderer renderer = new CredentialLetterRenderer(
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Moscow")));

    static CredentialLetters letters(int students) {
        List<CredentialLetter> list = new ArrayList<>();
        for (int i = 1; i <= students; i++) {
            list.add(new CredentialLetter(PersonKind.STUDENT, new PersonName("Ёлкин", "Иван", "Петрович"), "",
                    "elkin.ip" + i, "k7m4px9rt" + i));
        }
        list.add(new CredentialLetter(PersonKind.PARENT, new PersonName("Абрамова", "Наталья", "Викторовна"),
                "Абрамова Софья Игоревна", "abramova.nv", "q2w3e4r5ty"));
        return new CredentialLetters("МБОУ «Средняя общеобразовательная школа № 7»", "5А", list);
    }

    @Test
    void russianLettersWithLoginPasswordAndInstructions() throws Exception {
        byte[] pdf = renderer.print(letters(2), "http://127.0.0.1:8080/", Locale.forLanguageTag("ru"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String text = Documents.pdfText(pdf);
        assertTrue(text.contains("МБОУ «Средняя общеобразовательная школа № 7»"), text);
        assertTrue(text.contains("Доступ к электронному журналу и дневнику"), text);
        assertTrue(text.contains("Обучающийся: Ёлкин Иван Петрович, класс 5А"), text);
        assertTrue(text.contains("Родитель (законный представитель): Абрамова Наталья Викторовна"), text);
        assertTrue(text.contains("Ребёнок: Абрамова Софья Игоревна, класс 5А"), text);
        assertTrue(text.contains("elkin.ip2") && text.contains("k7m4px9rt2"), text);
        assertTrue(text.contains("abramova.nv") && text.contains("q2w3e4r5ty"), text);
        assertTrue(text.contains("http://127.0.0.1:8080/"), text);
        assertTrue(text.contains("Система сразу попросит придумать свой пароль"), text);
        assertTrue(text.contains("Выдано 20.11.2026"), text);
        assertEquals(2, Documents.pdfPages(pdf), "three letters, two per page");
    }

    @Test
    void englishWhenAskedFor() throws Exception {
        String text = Documents.pdfText(renderer.print(letters(1), "http://x/", Locale.ENGLISH));
        assertTrue(text.contains("One-time password:"), text);
        assertTrue(text.contains("Ёлкин Иван Петрович"), text);
    }
}

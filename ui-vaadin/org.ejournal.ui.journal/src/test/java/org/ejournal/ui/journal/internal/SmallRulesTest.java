package org.ejournal.ui.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Properties;

import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.journal.FivePointScale;
import org.ejournal.api.journal.WeightedAverage;
import org.junit.jupiter.api.Test;

/** Weighted average, default period, messages and menu titles. */
class SmallRulesTest {

    static JournalColumn column(int weight) {
        return new JournalColumn(1, LocalDate.of(2026, 9, 2), 1, "", "", 1L, "test", weight);
    }

    static JournalCell marks(String... marks) {
        return new JournalCell(List.of(marks), "", true);
    }

    @Test
    void weightedAverageCountsDoubleMarksTwiceAndSkipsNonNumeric() {
        OptionalDouble avg = WeightedAverage.of(new FivePointScale(), List.of(column(2), column(1), column(1)),
                List.of(marks("4", "5"), marks("зач"), marks("3", "осв")));
        // (4·2 + 5·2 + 3·1) / (2 + 2 + 1) = 21 / 5
        assertEquals(4.2, avg.getAsDouble(), 1e-9);
        assertTrue(WeightedAverage.of(new FivePointScale(), List.of(column(1)), List.of(marks("н/а"))).isEmpty());
        assertEquals("4,20", JournalView.formatAverage(avg, Locale.forLanguageTag("ru")));
        assertEquals("", JournalView.formatAverage(OptionalDouble.empty(), Locale.forLanguageTag("ru")));
    }

    @Test
    void cellInputSplitsMarkAndCodeInAnyCaseAndOrder() {
        List<String> codes = List.of("Н", "Б", "УП", "ОП");
        assertEquals(new CellInput("", "Н"), CellInput.parse("н", codes).orElseThrow());
        assertEquals(new CellInput("5", "ОП"), CellInput.parse("5 оп", codes).orElseThrow());
        assertEquals(new CellInput("5", "ОП"), CellInput.parse("оп 5", codes).orElseThrow());
        assertEquals(new CellInput("4/5", "ОП"), CellInput.parse("4/5оп", codes).orElseThrow());
        assertEquals(new CellInput("зач", ""), CellInput.parse("зач", codes).orElseThrow());
        assertEquals(new CellInput("", ""), CellInput.parse("  ", codes).orElseThrow());
        assertTrue(CellInput.parse("н б", codes).isEmpty());
        assertEquals("5 ОП", CellInput.display("5", "ОП"));
        assertEquals("Н", CellInput.display("", "Н"));
    }

    @Test
    void defaultPeriodIsTodaysThenTheLastFinishedThenTheLast() {
        StudyPeriodSummary q1 = new StudyPeriodSummary(1, "I", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 10, 29));
        StudyPeriodSummary q2 = new StudyPeriodSummary(2, "II", LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31));
        List<StudyPeriodSummary> year = List.of(q1, q2);
        assertEquals(q1, DefaultPeriod.choose(year, LocalDate.of(2026, 9, 1)).orElseThrow());
        assertEquals(q2, DefaultPeriod.choose(year, LocalDate.of(2026, 12, 28)).orElseThrow());
        assertEquals(q1, DefaultPeriod.choose(year, LocalDate.of(2026, 10, 30)).orElseThrow());
        assertEquals(q2, DefaultPeriod.choose(year, LocalDate.of(2027, 7, 1)).orElseThrow());
        assertEquals(q2, DefaultPeriod.choose(year, LocalDate.of(2026, 8, 1)).orElseThrow());
        assertTrue(DefaultPeriod.choose(List.of(), LocalDate.of(2026, 8, 1)).isEmpty());
    }

    @Test
    void menuTitlesAreRussianByDefaultAndEnglishWhenAsked() {
        assertEquals("Мои классы", new MyClassesViewContribution().title(Locale.forLanguageTag("ru")));
        assertEquals("Журнал", new JournalViewContribution().title(Locale.forLanguageTag("ru-RU")));
        assertEquals("Журнал", new JournalViewContribution().title(Locale.GERMAN));
        assertEquals("Посещаемость класса", new ClassAttendanceViewContribution().title(Locale.forLanguageTag("ru")));
        assertEquals("Журнал класса", new ClassJournalViewContribution().title(Locale.forLanguageTag("ru")));
        assertEquals("My classes", new MyClassesViewContribution().title(Locale.ENGLISH));
    }

    @Test
    void theMunicipalSpecialistSeesOnlyTheReadOnlyClassJournalAndEveryClassInIt() {
        assertTrue(new ClassJournalViewContribution().roles().contains(org.ejournal.api.Role.MUNICIPAL));
        assertFalse(new ClassAttendanceViewContribution().roles().contains(org.ejournal.api.Role.MUNICIPAL),
                "attendance reasons are written there");
        assertFalse(new JournalViewContribution().roles().contains(org.ejournal.api.Role.MUNICIPAL),
                "the teacher's journal is written there");
        assertFalse(new MyClassesViewContribution().roles().contains(org.ejournal.api.Role.MUNICIPAL));
        org.ejournal.api.Actor ruo = new org.ejournal.api.Actor(90, 2, "ruo", "ruo",
                java.util.Set.of(org.ejournal.api.Role.MUNICIPAL), null, null, null, null);
        List<org.ejournal.api.roster.SchoolClassSummary> classes = List.of(
                new org.ejournal.api.roster.SchoolClassSummary(24, 3, 5, "А", 201L, "Петров П. П.", 25));
        assertEquals(classes, ClassAttendanceView.myClasses(ruo, classes));
    }

    @Test
    void theServicesRefusalsAreTranslatedByTheServiceBundleNotCopiedHere() {
        org.ejournal.testsupport.l10n.Messages.assertNoKeyDefinedElsewhere(getClass());
    }

    @Test
    void russianAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertEquals(load("/l10n/messages.properties").keySet(), load("/l10n/messages_en.properties").keySet());
    }

    static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SmallRulesTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

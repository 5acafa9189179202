package org.ejournal.reports.jasper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.movement.ClassChoice;
import org.ejournal.api.movement.DepartureCause;
import org.ejournal.api.movement.EnrollmentRecord;
import org.ejournal.api.movement.Movement;
import org.ejournal.api.movement.MovementService;
import org.ejournal.api.movement.MovementStudent;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.roster.PersonName;
import org.junit.jupiter.api.Test;

/** «Движение учащихся» rendered by the engine from a fake movement service, read back as text. */
class MovementReportTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final FakeMovement movement = new FakeMovement();
    private final JasperReportService service = new JasperReportService(() -> FakeRoster.STAFF_ONLY, CLOCK);

    {
        service.addTemplate(new MovementReportTemplate(() -> movement, FakeRoster::new));
    }

    @Test
    void pdfListsTheMovedStudentsWithDestinationsAndTotalsPerClass() throws Exception {
        RenderedReport pdf = service.render(FakeRoster.DEPUTY, MovementReportTemplate.ID,
                Map.of("periodStart", "2026-09-01", "periodEnd", "2026-11-30"), ReportFormat.PDF, RU);
        Files.write(Path.of("target", "student-movement.pdf"), pdf.content());
        assertEquals(List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)), movement.asked);
        assertTrue(pdf.fileName().startsWith("Движение учащихся 01.09.2026 – 30.11.2026 "), pdf.fileName());
        String text = Documents.pdfText(pdf.content()).replaceAll("\\s+", " ");
        for (String expected : List.of("Движение учащихся", "МБОУ «Средняя общеобразовательная школа № 7»",
                "01.09.2026 – 30.11.2026", "Жуков Семён Ильич", "прибыл", "прибыл из: Гимназия № 2 г. Торжка",
                "Яковлева Дарья Романовна", "выбыл", "смена места жительства; выбыл в: г. Москва, школа № 1541",
                "Громов Кирилл Денисович", "переведён", "11.10.2026", "Итого по классам", "Переведено из класса",
                "Всего")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in\n" + text);
        }
        int at = text.indexOf("Итого по классам");
        String totals = text.substring(at);
        // 5А: 1 arrived, 1 left, 0 in, 1 out; 5Б: 1 in; 10А → 10Б; all: 1 1 2 2.
        assertTrue(totals.contains("5А 1 1 0 1"), totals);
        assertTrue(totals.contains("5Б 0 0 1 0"), totals);
        assertTrue(totals.contains("Всего 1 1 2 2"), totals);
        assertTrue(totals.indexOf("5А") < totals.indexOf("5Б") && totals.indexOf("5Б") < totals.indexOf("10А"), totals);
    }

    @Test
    void anEmptyPeriodSaysSo() throws Exception {
        RenderedReport pdf = service.render(FakeRoster.DEPUTY, MovementReportTemplate.ID,
                Map.of("periodStart", "2027-01-01", "periodEnd", "2027-01-31"), ReportFormat.PDF, RU);
        assertTrue(Documents.pdfText(pdf.content()).replaceAll("\\s+", " ").contains("За период движения учащихся не было"));
    }

    @Test
    void xlsxHoldsTheNamesAndTheRefusalOfTheServiceReachesTheCaller() throws Exception {
        RenderedReport xlsx = service.render(FakeRoster.DEPUTY, MovementReportTemplate.ID,
                Map.of("periodStart", "2026-09-01", "periodEnd", "2026-11-30"), ReportFormat.XLSX, RU);
        assertTrue(Documents.xlsxXml(xlsx.content()).contains("Громов Кирилл Денисович"));
        movement.refuse = true;
        assertThrows(AccessDeniedException.class, () -> service.render(FakeRoster.DEPUTY, MovementReportTemplate.ID,
                Map.of("periodStart", "2026-09-01", "periodEnd", "2026-11-30"), ReportFormat.PDF, RU));
    }

    /** Three movements in the autumn, nothing in January. */
    static final class FakeMovement implements MovementService {
        final List<LocalDate> asked = new ArrayList<>();
        boolean refuse;

        @Override
        public List<Movement> movements(Actor actor, LocalDate from, LocalDate to) {
            if (refuse) {
                throw new AccessDeniedException(Operation.STUDENT_MOVE, actor.schoolId());
            }
            asked.add(from);
            asked.add(to);
            if (from.getYear() == 2027) {
                return List.of();
            }
            return List.of(
                    new Movement(LocalDate.of(2026, 9, 15), Movement.Kind.ARRIVAL, 305,
                            new PersonName("Жуков", "Семён", "Ильич"), null, "5А", null, "Гимназия № 2 г. Торжка"),
                    new Movement(LocalDate.of(2026, 10, 1), Movement.Kind.DEPARTURE, 306,
                            new PersonName("Яковлева", "Дарья", "Романовна"), "5А", null,
                            DepartureCause.RELOCATION.name(), "г. Москва, школа № 1541"),
                    new Movement(LocalDate.of(2026, 10, 11), Movement.Kind.TRANSFER, 307,
                            new PersonName("Громов", "Кирилл", "Денисович"), "5А", "5Б", null, null),
                    new Movement(LocalDate.of(2026, 10, 12), Movement.Kind.TRANSFER, 308,
                            new PersonName("Дроздов", "Ян", ""), "10А", "10Б", null, null));
        }

        @Override
        public List<MovementStudent> search(Actor actor, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ClassChoice> classes(Actor actor, LocalDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EnrollmentRecord> history(Actor actor, long studentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EnrollmentRecord arrive(Actor actor, long studentId, long classId, LocalDate date, String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long arriveNew(Actor actor, PersonName name, String gender, long classId, LocalDate date, String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EnrollmentRecord depart(Actor actor, long studentId, LocalDate lastDay, DepartureCause cause,
                                       String destination) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EnrollmentRecord transfer(Actor actor, long studentId, long toClassId, LocalDate effectiveDate) {
            throw new UnsupportedOperationException();
        }
    }
}

package org.ejournal.reports.jasper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.felix.framework.Felix;
import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.report.ReportTemplate;
import org.ejournal.api.roster.RosterService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * The engine as the launcher starts it: a system-bundle activator of a throw-away Felix, with a fake
 * roster and access policy registered as services.
 */
class ReportsActivatorTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    static Path storage;
    private static Felix felix;
    private static ReportService reports;

    @BeforeAll
    static void startFramework() throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Files.createDirectories(storage.resolve("felix")).toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.systembundle.activators", List.of(new ReportsActivator()));
        felix = new Felix(config);
        felix.start();
        BundleContext context = felix.getBundleContext();
        context.registerService(AccessPolicy.class, FakeRoster.STAFF_ONLY, null);
        context.registerService(RosterService.class, new FakeRoster(), null);
        reports = context.getService(context.getServiceReference(ReportService.class));
    }

    @AfterAll
    static void stopFramework() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    @Test
    void staffSeesTheClassListInRussian() {
        List<ReportInfo> infos = reports.reports(FakeRoster.DEPUTY, RU);
        assertEquals(List.of("student-movement", "class-list"), infos.stream().map(ReportInfo::id).toList());
        assertEquals("Список класса", infos.get(1).title());
        assertEquals("Движение учащихся", infos.get(0).title());
        assertEquals("Class list", reports.reports(FakeRoster.DEPUTY, Locale.ENGLISH).get(0).title());
    }

    @Test
    void pdfHoldsCyrillicNamesInRosterOrder() throws Exception {
        long start = System.nanoTime();
        RenderedReport pdf = reports.render(FakeRoster.DEPUTY, "class-list",
                Map.of("classId", String.valueOf(FakeRoster.CLASS_5A)), ReportFormat.PDF, RU);
        System.out.printf(Locale.ROOT, "class-list PDF through Felix, first call: %.0f ms%n",
                (System.nanoTime() - start) / 1e6);

        // Kept for a look by eye (pdftoppm target/class-list.pdf).
        Files.write(Path.of("target", "class-list.pdf"), pdf.content());
        assertEquals(ReportFormat.PDF, pdf.format());
        assertTrue(pdf.fileName().startsWith("Список класса 5А "), pdf.fileName());
        assertTrue(pdf.fileName().endsWith(".pdf"), pdf.fileName());
        String text = Documents.pdfText(pdf.content());
        assertTrue(text.contains("Список класса"), text);
        assertTrue(text.contains("МБОУ «Средняя общеобразовательная школа № 7»"), text);
        assertTrue(text.contains("5А"), text);
        assertTrue(text.contains("Кузнецова Мария Ивановна"), text);
        assertTrue(text.contains("Фамилия Имя Отчество"), text);
        int previous = -1;
        for (var student : FakeRoster.STUDENTS) {
            int at = text.indexOf(student.name().full());
            assertTrue(at > previous, "missing or out of order: " + student.name().full() + " in\n" + text);
            previous = at;
        }
        assertTrue(text.contains("Всего учащихся:"), text);
    }

    @Test
    void xlsxHoldsTheNames() throws Exception {
        RenderedReport xlsx = reports.render(FakeRoster.DEPUTY, "class-list",
                Map.of("classId", String.valueOf(FakeRoster.CLASS_5A)), ReportFormat.XLSX, RU);
        assertTrue(xlsx.fileName().endsWith(".xlsx"), xlsx.fileName());
        assertEquals('P', (char) xlsx.content()[0], "an XLSX is a zip file");
        String xml = Documents.xlsxXml(xlsx.content());
        for (var student : FakeRoster.STUDENTS) {
            assertTrue(xml.contains(student.name().full()), "missing " + student.name().full());
        }
        assertTrue(xml.contains("Кузнецова Мария Ивановна"));
    }

    @Test
    void templatesComeAndGoAsServices() throws Exception {
        BundleContext context = felix.getBundleContext();
        ReportTemplate regional = new RegionalTemplate(new ClassListTemplate(FakeRoster::new,
                java.time.Clock.systemDefaultZone()));
        ServiceRegistration<ReportTemplate> registration = context.registerService(ReportTemplate.class, regional, null);
        try {
            assertEquals(List.of("Алфавитная книга (региональная)", "Движение учащихся", "Список класса"),
                    reports.reports(FakeRoster.DEPUTY, RU).stream().map(ReportInfo::title).toList(),
                    "a new template is offered at once, sorted by Russian title");
            RenderedReport pdf = reports.render(FakeRoster.DEPUTY, "regional-class-list",
                    Map.of("classId", String.valueOf(FakeRoster.CLASS_5A)), ReportFormat.PDF, RU);
            assertTrue(Documents.pdfText(pdf.content()).contains("Щукин Юрий Эдуардович"));
        } finally {
            registration.unregister();
        }
        assertEquals(List.of("student-movement", "class-list"),
                reports.reports(FakeRoster.DEPUTY, RU).stream().map(ReportInfo::id).toList());
        assertThrows(NotFoundException.class, () -> reports.render(FakeRoster.DEPUTY, "regional-class-list",
                Map.of("classId", String.valueOf(FakeRoster.CLASS_5A)), ReportFormat.PDF, RU));
    }

    /** Another bundle's template: the class-list layout under its own id and title. */
    private record RegionalTemplate(ReportTemplate base) implements ReportTemplate {
        @Override
        public String id() {
            return "regional-class-list";
        }

        @Override
        public String title(Locale locale) {
            return "Алфавитная книга (региональная)";
        }

        @Override
        public List<org.ejournal.api.report.ReportParameter> parameters() {
            return base.parameters();
        }

        @Override
        public java.io.InputStream openJrxml() {
            return base.openJrxml();
        }

        @Override
        public org.ejournal.api.report.ReportData data(org.ejournal.api.Actor actor, Map<String, String> parameters,
                                                       Locale locale) {
            return base.data(actor, parameters, locale);
        }
    }

    @Test
    void parentIsRefused() {
        assertTrue(reports.reports(FakeRoster.PARENT, RU).isEmpty());
        assertThrows(AccessDeniedException.class, () -> reports.render(FakeRoster.PARENT, "class-list",
                Map.of("classId", String.valueOf(FakeRoster.CLASS_5A)), ReportFormat.PDF, RU));
    }
}

package org.ejournal.reports.jasper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.report.ReportData;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportTemplate;
import org.junit.jupiter.api.Test;

/** The engine called directly, with stub templates: caching, validation, timings on 1 000 rows. */
class JasperReportServiceTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-02T06:00:00Z"), ZoneId.of("Europe/Moscow"));

    private final JasperReportService service = new JasperReportService(() -> FakeRoster.STAFF_ONLY, CLOCK);

    @Test
    void thousandRowsTimingsAndCompileOnce() throws Exception {
        BigTemplate template = new BigTemplate(1000);
        service.addTemplate(template);

        JasperReportService.Rendering first = service.renderMeasured(FakeRoster.DEPUTY, "big", Map.of(),
                ReportFormat.PDF, RU);
        System.out.println("1000 rows, cold: " + first.summary());
        JasperReportService.Rendering warmPdf = null;
        JasperReportService.Rendering warmXlsx = null;
        for (int i = 0; i < 3; i++) {
            warmPdf = service.renderMeasured(FakeRoster.DEPUTY, "big", Map.of(), ReportFormat.PDF, RU);
            warmXlsx = service.renderMeasured(FakeRoster.DEPUTY, "big", Map.of(), ReportFormat.XLSX, RU);
        }
        System.out.println("1000 rows, warm PDF: " + warmPdf.summary());
        System.out.println("1000 rows, warm XLSX: " + warmXlsx.summary());

        assertEquals(1, template.jrxmlOpened, "the JRXML is compiled once");
        assertEquals(0, warmPdf.compileNanos() / 1_000_000, "a cached compile costs nothing");
        assertTrue(warmPdf.pages() > 10, "1000 rows fill many pages");
        String text = Documents.pdfText(warmPdf.report().content());
        assertTrue(text.contains("Ученик № 999 Ёжиков"), "Cyrillic in a long report");
        assertTrue(Documents.xlsxXml(warmXlsx.report().content()).contains("Ученик № 1000 Ёжиков"));
        assertEquals("Большой отчёт 02.09.2026.pdf", warmPdf.report().fileName());
    }

    @Test
    void replacedTemplateIsCompiledAgain() {
        BigTemplate first = new BigTemplate(3);
        service.addTemplate(first);
        service.render(FakeRoster.DEPUTY, "big", Map.of(), ReportFormat.PDF, RU);
        service.removeTemplate(first);
        assertThrows(NotFoundException.class,
                () -> service.render(FakeRoster.DEPUTY, "big", Map.of(), ReportFormat.PDF, RU));

        BigTemplate second = new BigTemplate(3);
        service.addTemplate(second);
        service.render(FakeRoster.DEPUTY, "big", Map.of(), ReportFormat.PDF, RU);
        assertEquals(1, second.jrxmlOpened);
    }

    @Test
    void parametersAreCheckedBeforeTheTemplateRuns() {
        service.addTemplate(new ClassListTemplate(FakeRoster::new, CLOCK));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> service.render(FakeRoster.DEPUTY, "class-list", Map.of(), ReportFormat.PDF, RU));
        assertEquals("error.report.parameterMissing", missing.messageKey());
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> service.render(FakeRoster.DEPUTY, "class-list", Map.of("classId", "5А"), ReportFormat.PDF, RU));
        assertEquals("error.report.parameterInvalid", invalid.messageKey());
    }

    @Test
    void noAccessPolicyMeansNoReports() {
        JasperReportService withoutPolicy = new JasperReportService(() -> null, CLOCK);
        withoutPolicy.addTemplate(new BigTemplate(1));
        var e = assertThrows(org.ejournal.api.EJournalException.class,
                () -> withoutPolicy.reports(FakeRoster.DEPUTY, RU));
        assertEquals("error.serviceUnavailable", e.messageKey());
    }

    /** A one-column list of n rows; counts how often its JRXML is read. */
    private static final class BigTemplate implements ReportTemplate {
        private static final String JRXML = """
                <jasperReport name="big" language="java" pageWidth="595" pageHeight="842" columnWidth="515"
                              leftMargin="40" rightMargin="40" topMargin="30" bottomMargin="30">
                  <style name="Text" default="true" fontName="DejaVu Sans" fontSize="10.0"/>
                  <parameter name="heading" class="java.lang.String"/>
                  <field name="line" class="java.lang.String"/>
                  <title height="24">
                    <element kind="textField" x="0" y="0" width="515" height="20" bold="true" style="Text">
                      <expression><![CDATA[$P{heading}]]></expression>
                    </element>
                  </title>
                  <detail>
                    <band height="16">
                      <element kind="textField" x="0" y="0" width="515" height="16" style="Text">
                        <expression><![CDATA[$F{line}]]></expression>
                      </element>
                    </band>
                  </detail>
                </jasperReport>
                """;
        private final int rows;
        int jrxmlOpened;

        BigTemplate(int rows) {
            this.rows = rows;
        }

        @Override
        public String id() {
            return "big";
        }

        @Override
        public String title(Locale locale) {
            return "Большой отчёт";
        }

        @Override
        public List<ReportParameter> parameters() {
            return List.of();
        }

        @Override
        public InputStream openJrxml() {
            jrxmlOpened++;
            return new ByteArrayInputStream(JRXML.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public ReportData data(Actor actor, Map<String, String> parameters, Locale locale) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                lines.add(Map.of("line", "Ученик № " + i + " Ёжиков Щукин-Эльдаров"));
            }
            return new ReportData(Map.of("heading", "Проверка шрифтов: ЁЖЩЪЭЮЯ ёжщъэюя"), lines);
        }
    }
}

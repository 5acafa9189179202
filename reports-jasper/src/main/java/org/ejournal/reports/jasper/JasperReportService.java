package org.ejournal.reports.jasper;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportData;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.report.ReportTemplate;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * {@link ReportService} on JasperReports 7. Templates arrive as {@link ReportTemplate} services (the
 * activator's tracker calls {@link #addTemplate}/{@link #removeTemplate}); each JRXML is compiled once
 * and kept until its template service goes away.
 *
 * <p>Access: the actor must be allowed {@link Operation#REPORT_RUN} on its school. The template's data
 * gathering goes through services (e.g. the roster) that check their own, finer rules again.
 *
 * <p>When two templates share an id, the first one added wins; the other is ignored until the first
 * leaves.
 */
public final class JasperReportService implements ReportService {

    /**
     * Optional entry of {@link ReportData#parameters()}: the base of the file name (without date and
     * extension), e.g. «Список класса 5А». Without it the report title is used.
     */
    public static final String FILE_NAME_HINT = "fileNameHint";

    private static final System.Logger LOG = System.getLogger(JasperReportService.class.getName());
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Supplier<AccessPolicy> accessPolicy;
    private final Clock clock;
    private final List<ReportTemplate> templates = new CopyOnWriteArrayList<>();
    /** Compiled reports by template id; the template instance is kept to notice a replacement. */
    private final Map<String, CompiledTemplate> compiled = new ConcurrentHashMap<>();

    /**
     * @param accessPolicy gives the current access policy, or {@code null} while none is registered
     *                     (every call is then refused)
     * @param clock        for the date in file names
     */
    public JasperReportService(Supplier<AccessPolicy> accessPolicy, Clock clock) {
        this.accessPolicy = accessPolicy;
        this.clock = clock;
    }

    /** A template service appeared. */
    public void addTemplate(ReportTemplate template) {
        templates.add(template);
    }

    /** A template service went away: forget it and its compiled form. */
    public void removeTemplate(ReportTemplate template) {
        templates.remove(template);
        compiled.values().removeIf(c -> c.template() == template);
    }

    @Override
    public List<ReportInfo> reports(Actor actor, Locale locale) {
        if (!policy().allows(actor, Operation.REPORT_RUN, actor.schoolId())) {
            return List.of();
        }
        Collator collator = Collator.getInstance(locale);
        List<ReportInfo> infos = new ArrayList<>();
        for (ReportTemplate template : distinctTemplates()) {
            infos.add(new ReportInfo(template.id(), template.title(locale), template.parameters()));
        }
        infos.sort(Comparator.comparing(ReportInfo::title, collator));
        return infos;
    }

    @Override
    public RenderedReport render(Actor actor, String reportId, Map<String, String> parameters, ReportFormat format,
                                 Locale locale) {
        return renderMeasured(actor, reportId, parameters, format, locale).report();
    }

    /** {@link #render} that also tells how long each step took (for tests and benchmarks). */
    Rendering renderMeasured(Actor actor, String reportId, Map<String, String> parameters, ReportFormat format,
                             Locale locale) {
        policy().check(actor, Operation.REPORT_RUN, actor.schoolId());
        ReportTemplate template = findTemplate(reportId)
                .orElseThrow(() -> new NotFoundException("report " + reportId, 0));
        validate(template, parameters);
        ReportData data = template.data(actor, parameters, locale);

        long t0 = System.nanoTime();
        JasperReport report = compiledReport(template);
        long t1 = System.nanoTime();
        JasperPrint print = fill(report, data, locale);
        long t2 = System.nanoTime();
        byte[] content = export(print, format);
        long t3 = System.nanoTime();

        String fileName = fileName(template, data, locale, format);
        Rendering rendering = new Rendering(new RenderedReport(fileName, format, content),
                t1 - t0, t2 - t1, t3 - t2, print.getPages().size());
        LOG.log(System.Logger.Level.DEBUG, () -> "Rendered " + reportId + " " + format + ": " + rendering.summary());
        return rendering;
    }

    private AccessPolicy policy() {
        AccessPolicy policy = accessPolicy.get();
        if (policy == null) {
            throw new EJournalException("error.serviceUnavailable", AccessPolicy.class.getSimpleName());
        }
        return policy;
    }

    private Collection<ReportTemplate> distinctTemplates() {
        Map<String, ReportTemplate> byId = new LinkedHashMap<>();
        for (ReportTemplate template : templates) {
            byId.putIfAbsent(template.id(), template);
        }
        return byId.values();
    }

    private Optional<ReportTemplate> findTemplate(String reportId) {
        return templates.stream().filter(t -> t.id().equals(reportId)).findFirst();
    }

    /** Checks the values of the kinds the engine understands, so templates get well-formed input. */
    private static void validate(ReportTemplate template, Map<String, String> parameters) {
        for (ReportParameter parameter : template.parameters()) {
            String value = parameters.get(parameter.name());
            if (value == null || value.isBlank()) {
                throw new ValidationException("error.report.parameterMissing", parameter.name());
            }
            try {
                switch (parameter.kind()) {
                    case SCHOOL_CLASS -> Long.parseLong(value.trim());
                    case DATE -> LocalDate.parse(value.trim());
                    case TEXT -> { }
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new ValidationException("error.report.parameterInvalid", parameter.name(), value);
            }
        }
    }

    private JasperReport compiledReport(ReportTemplate template) {
        CompiledTemplate cached = compiled.get(template.id());
        if (cached != null && cached.template() == template) {
            return cached.report();
        }
        JasperReport report = withEngineClassLoader(() -> {
            try (InputStream jrxml = template.openJrxml()) {
                if (jrxml == null) {
                    throw new IllegalStateException("Report template " + template.id() + " has no JRXML");
                }
                return JasperCompileManager.compileReport(jrxml);
            }
        }, template.id());
        compiled.put(template.id(), new CompiledTemplate(template, report));
        return report;
    }

    private JasperPrint fill(JasperReport report, ReportData data, Locale locale) {
        Map<String, Object> parameters = new HashMap<>(data.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        // JRMapCollectionDataSource wants Collection<Map<String, ?>>; the rows are read only.
        Collection<Map<String, ?>> rows = new ArrayList<>(data.rows());
        return withEngineClassLoader(
                () -> JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows)),
                report.getName());
    }

    private static byte[] export(JasperPrint print, ReportFormat format) {
        return withEngineClassLoader(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            switch (format) {
                case PDF -> {
                    JRPdfExporter exporter = new JRPdfExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    exporter.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter exporter = new JRXlsxExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
                    configuration.setOnePagePerSheet(false);
                    configuration.setDetectCellType(true);
                    configuration.setRemoveEmptySpaceBetweenRows(true);
                    configuration.setSheetNames(new String[] {sheetName(print.getName())});
                    exporter.setConfiguration(configuration);
                    exporter.exportReport();
                }
            }
            return out.toByteArray();
        }, print.getName());
    }

    private static String sheetName(String reportName) {
        // Excel limits sheet names to 31 characters.
        return reportName.length() > 31 ? reportName.substring(0, 31) : reportName;
    }

    private String fileName(ReportTemplate template, ReportData data, Locale locale, ReportFormat format) {
        Object hint = data.parameters().get(FILE_NAME_HINT);
        String base = hint instanceof String s && !s.isBlank() ? s : template.title(locale);
        String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe + " " + LocalDate.now(clock).format(FILE_DATE) + "." + format.extension();
    }

    /**
     * Jasper finds its extensions (fonts, exporters, compilers) through the thread context class
     * loader. Callers may run on Jetty's webapp loader or a bundle's loader (a Quartz job), which do
     * not see the host's jasperreports_extension.properties; so the engine's own loader is set for the
     * call.
     */
    private static <T> T withEngineClassLoader(Callable<T> work, String what) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JasperReportService.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Report engine failed on " + what, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private record CompiledTemplate(ReportTemplate template, JasperReport report) {
    }

    /** One render with its step durations in nanoseconds (compile is ~0 when cached). */
    record Rendering(RenderedReport report, long compileNanos, long fillNanos, long exportNanos, int pages) {
        String summary() {
            return String.format(Locale.ROOT, "compile %.1f ms, fill %.1f ms, export %.1f ms, %d page(s), %d bytes",
                    compileNanos / 1e6, fillNanos / 1e6, exportNanos / 1e6, pages, report.content().length);
        }
    }
}

package org.ejournal.reports.jasper;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.ejournal.api.people.PersonKind;
import org.ejournal.api.security.CredentialLetter;
import org.ejournal.api.security.CredentialLetterPrinter;
import org.ejournal.api.security.CredentialLetters;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Credential letters as one PDF, two letters per A4 page with a cut line between them: school, whom
 * the letter is for (a parent's letter names the child), the address, the login, the one-time password
 * (monospaced, letters that look alike are never generated) and what to do at the first login. The PDF
 * is built in memory; nothing is written to disk or kept. Texts in {@code credential-letter*.properties}.
 */
public final class CredentialLetterRenderer implements CredentialLetterPrinter {

    private static final String LABELS = "org.ejournal.reports.jasper.credential-letter";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Clock clock;
    private volatile JasperReport compiled;

    public CredentialLetterRenderer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public byte[] print(CredentialLetters letters, String address, Locale locale) {
        Locale l = locale == null ? Locale.forLanguageTag("ru") : locale;
        ResourceBundle labels = ResourceBundle.getBundle(LABELS, l, CredentialLetterRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String issued = format(labels, "issued", l, LocalDate.now(clock).format(DATE));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (CredentialLetter letter : letters.letters()) {
            Map<String, Object> row = new HashMap<>();
            row.put("school", letters.schoolName());
            row.put("title", labels.getString("title"));
            if (letter.kind() == PersonKind.PARENT) {
                row.put("person", format(labels, "parent", l, letter.name().full()));
                row.put("child", format(labels, "child", l, letter.childName(), letters.className()));
            } else {
                row.put("person", format(labels, "student", l, letter.name().full(), letters.className()));
                row.put("child", "");
            }
            row.put("addressLabel", labels.getString("address"));
            row.put("address", address);
            row.put("loginLabel", labels.getString("login"));
            row.put("login", letter.login());
            row.put("passwordLabel", labels.getString("password"));
            row.put("password", letter.oneTimePassword());
            row.put("instructions", labels.getString("instructions"));
            row.put("issued", issued);
            rows.add(row);
        }
        return withEngineClassLoader(() -> {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put(JRParameter.REPORT_LOCALE, l);
            Collection<Map<String, ?>> data = rows;
            JasperPrint print = JasperFillManager.fillReport(report(), parameters, new JRMapCollectionDataSource(data));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        }, "credential-letter");
    }

    private JasperReport report() throws Exception {
        JasperReport r = compiled;
        if (r == null) {
            try (InputStream jrxml = CredentialLetterRenderer.class.getResourceAsStream("credential-letter.jrxml")) {
                r = JasperCompileManager.compileReport(jrxml);
            }
            compiled = r;
        }
        return r;
    }

    /** As in {@link JasperReportService}: Jasper finds fonts and exporters through the context class loader. */
    private static <T> T withEngineClassLoader(java.util.concurrent.Callable<T> work, String what) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CredentialLetterRenderer.class.getClassLoader());
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

    private static String format(ResourceBundle labels, String key, Locale locale, Object... args) {
        return new MessageFormat(labels.getString(key), locale).format(args);
    }
}

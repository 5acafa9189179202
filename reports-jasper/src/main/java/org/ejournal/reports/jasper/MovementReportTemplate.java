package org.ejournal.reports.jasper;

import java.io.InputStream;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.movement.Movement;
import org.ejournal.api.movement.MovementService;
import org.ejournal.api.report.ReportData;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportTemplate;
import org.ejournal.api.roster.RosterService;

/**
 * «Движение учащихся» for a period: every arrival, departure (with cause and destination) and transfer,
 * numbered by date, then totals per class (arrived, left, transferred in, transferred out). The data
 * comes from the {@link MovementService}, which checks the actor's access (deputy director, director).
 */
public final class MovementReportTemplate implements ReportTemplate {

    /** The template id. */
    public static final String ID = "student-movement";
    /** First day of the period (ISO date). */
    public static final String PERIOD_START = "periodStart";
    /** Last day of the period (ISO date). */
    public static final String PERIOD_END = "periodEnd";

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String LABELS = "org.ejournal.reports.jasper.student-movement";

    private final Supplier<MovementService> movement;
    private final Supplier<RosterService> roster;

    /**
     * @param movement gives the current movement service, or {@code null} while none is registered
     * @param roster   gives the roster service (the school's name), or {@code null}
     */
    public MovementReportTemplate(Supplier<MovementService> movement, Supplier<RosterService> roster) {
        this.movement = movement;
        this.roster = roster;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return labels(locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(PERIOD_START, ReportParameter.Kind.DATE),
                new ReportParameter(PERIOD_END, ReportParameter.Kind.DATE));
    }

    @Override
    public InputStream openJrxml() {
        return MovementReportTemplate.class.getResourceAsStream("student-movement.jrxml");
    }

    @Override
    public ReportData data(Actor actor, Map<String, String> parameters, Locale locale) {
        MovementService service = movement.get();
        if (service == null) {
            throw new EJournalException("error.serviceUnavailable", MovementService.class.getSimpleName());
        }
        LocalDate from = LocalDate.parse(parameters.get(PERIOD_START).trim());
        LocalDate to = LocalDate.parse(parameters.get(PERIOD_END).trim());
        List<Movement> movements = service.movements(actor, from, to);
        RosterService rosterService = roster.get();
        String schoolName = rosterService == null ? "" : rosterService.school(actor).name();

        ResourceBundle labels = labels(locale);
        Map<String, Object> values = new HashMap<>();
        values.put("schoolName", schoolName);
        values.put("reportTitle", labels.getString("title"));
        String period = from.format(RUSSIAN_DATE) + " – " + to.format(RUSSIAN_DATE);
        values.put("period", period);
        for (String key : List.of("period", "number", "date", "student", "kind", "fromClass", "toClass", "note",
                "totals", "class", "arrived", "departed", "transferredIn", "transferredOut", "page", "none")) {
            values.put("label_" + key, labels.getString("label." + key));
        }
        values.put(JasperReportService.FILE_NAME_HINT, labels.getString("title") + " " + period);

        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, int[]> totals = new TreeMap<>(classOrder());
        int number = 1;
        for (Movement m : movements) {
            Map<String, Object> row = blank();
            row.put("movementRow", Boolean.TRUE);
            row.put("number", number++);
            row.put("date", m.date().format(RUSSIAN_DATE));
            row.put("student", m.name().full());
            row.put("kind", labels.getString("kind." + m.kind().name()));
            row.put("fromClass", m.fromClass() == null ? "" : m.fromClass());
            row.put("toClass", m.toClass() == null ? "" : m.toClass());
            row.put("note", note(m, labels));
            rows.add(row);
            switch (m.kind()) {
                case ARRIVAL -> totals.computeIfAbsent(m.toClass(), k -> new int[4])[0]++;
                case DEPARTURE -> totals.computeIfAbsent(m.fromClass(), k -> new int[4])[1]++;
                case TRANSFER -> {
                    totals.computeIfAbsent(m.toClass(), k -> new int[4])[2]++;
                    totals.computeIfAbsent(m.fromClass(), k -> new int[4])[3]++;
                }
            }
        }
        if (movements.isEmpty()) {
            Map<String, Object> row = blank();
            row.put("movementRow", Boolean.TRUE);
            row.put("student", labels.getString("label.none"));
            rows.add(row);
        }
        Map<String, Object> header = blank();
        header.put("totalsHeader", Boolean.TRUE);
        rows.add(header);
        int[] all = new int[4];
        for (Map.Entry<String, int[]> e : totals.entrySet()) {
            rows.add(totalsRow(e.getKey(), e.getValue()));
            for (int i = 0; i < 4; i++) {
                all[i] += e.getValue()[i];
            }
        }
        rows.add(totalsRow(labels.getString("label.all"), all));
        return new ReportData(values, rows);
    }

    private static Map<String, Object> blank() {
        Map<String, Object> row = new HashMap<>();
        row.put("movementRow", Boolean.FALSE);
        row.put("totalsHeader", Boolean.FALSE);
        row.put("totalsRow", Boolean.FALSE);
        return row;
    }

    private static Map<String, Object> totalsRow(String className, int[] counts) {
        Map<String, Object> row = blank();
        row.put("totalsRow", Boolean.TRUE);
        row.put("className", className);
        row.put("arrived", counts[0]);
        row.put("departed", counts[1]);
        row.put("transferredIn", counts[2]);
        row.put("transferredOut", counts[3]);
        return row;
    }

    private static String note(Movement m, ResourceBundle labels) {
        StringBuilder b = new StringBuilder();
        if (m.cause() != null) {
            try {
                b.append(labels.getString("cause." + m.cause()));
            } catch (MissingResourceException e) {
                b.append(m.cause());
            }
        }
        if (m.note() != null && !m.note().isBlank()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(m.kind() == Movement.Kind.ARRIVAL ? labels.getString("label.arrivedFrom")
                    : labels.getString("label.destination")).append(' ').append(m.note());
        }
        return b.toString();
    }

    /** "5А" before "10А": grade as a number, then the letter in Russian order. */
    private static Comparator<String> classOrder() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        return Comparator.<String>comparingInt(MovementReportTemplate::grade).thenComparing(collator::compare);
    }

    private static int grade(String className) {
        int i = 0;
        while (i < className.length() && Character.isDigit(className.charAt(i))) {
            i++;
        }
        return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(className.substring(0, i));
    }

    /** Russian unless English is asked for; never the JVM's default locale (it may be English). */
    private static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(LABELS, locale, MovementReportTemplate.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

package org.ejournal.reports.jasper;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.report.ReportData;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportTemplate;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;

/**
 * The core «Список класса» report: school, class, class teacher, today's date and the numbered list of
 * the students enrolled today, in the order the {@link RosterService} gives (Russian collation). All
 * data is read through the roster service, which applies the actor's access rules.
 */
public final class ClassListTemplate implements ReportTemplate {

    /** The template id. */
    public static final String ID = "class-list";
    /** The one parameter: the class id. */
    public static final String CLASS_ID = "classId";

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String LABELS = "org.ejournal.reports.jasper.class-list";

    private final Supplier<RosterService> roster;
    private final Clock clock;

    /**
     * @param roster gives the current roster service, or {@code null} while none is registered
     * @param clock  "today" for the enrolment date and the printed date
     */
    public ClassListTemplate(Supplier<RosterService> roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
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
        return List.of(new ReportParameter(CLASS_ID, ReportParameter.Kind.SCHOOL_CLASS));
    }

    @Override
    public InputStream openJrxml() {
        return ClassListTemplate.class.getResourceAsStream("class-list.jrxml");
    }

    @Override
    public ReportData data(Actor actor, Map<String, String> parameters, Locale locale) {
        RosterService rosterService = roster.get();
        if (rosterService == null) {
            throw new EJournalException("error.serviceUnavailable", RosterService.class.getSimpleName());
        }
        long classId = Long.parseLong(parameters.get(CLASS_ID).trim());
        LocalDate today = LocalDate.now(clock);

        SchoolSummary school = rosterService.school(actor);
        SchoolClassSummary schoolClass = rosterService.schoolClass(actor, classId);
        List<StudentSummary> students = rosterService.classList(actor, classId, today);

        ResourceBundle labels = labels(locale);
        Map<String, Object> values = new HashMap<>();
        values.put("schoolName", school.name());
        values.put("reportTitle", labels.getString("title"));
        values.put("className", schoolClass.name());
        values.put("classTeacherName", schoolClass.classTeacherName() == null || schoolClass.classTeacherName().isBlank()
                ? labels.getString("noClassTeacher") : schoolClass.classTeacherName());
        values.put("reportDate", today.format(RUSSIAN_DATE));
        values.put("labelClass", labels.getString("label.class"));
        values.put("labelClassTeacher", labels.getString("label.classTeacher"));
        values.put("labelDate", labels.getString("label.date"));
        values.put("labelNumber", labels.getString("label.number"));
        values.put("labelStudent", labels.getString("label.student"));
        values.put("labelTotal", labels.getString("label.total"));
        values.put("labelPage", labels.getString("label.page"));
        values.put(JasperReportService.FILE_NAME_HINT, labels.getString("title") + " " + schoolClass.name());

        List<Map<String, Object>> rows = new ArrayList<>(students.size());
        int number = 1;
        for (StudentSummary student : students) {
            rows.add(Map.of("number", number++, "fullName", student.name().full()));
        }
        return new ReportData(values, rows);
    }

    /** Russian unless English is asked for; never the JVM's default locale (it may be English). */
    private static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(LABELS, locale, ClassListTemplate.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

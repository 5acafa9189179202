package org.ejournal.ui.reports.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.Role;
import org.ejournal.api.report.ArchivedReport;
import org.ejournal.api.report.NewReportSchedule;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportSchedule;
import org.ejournal.api.report.ReportScheduleService;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;

/** Services as the views see them, recording what they were asked. */
final class Fakes {

    static final Actor ZAVUCH = new Actor(3, 1, "zavuch", "Петрова Анна Сергеевна", Set.of(Role.DEPUTY_DIRECTOR),
            30L, null, null, Set.of());
    static final SchoolClassSummary CLASS_5A = new SchoolClassSummary(51, 1, 5, "А", 7L, "Кузнецова Мария Ивановна", 25);
    static final ReportInfo CLASS_LIST = new ReportInfo("class-list", "Список класса",
            List.of(new ReportParameter("classId", ReportParameter.Kind.SCHOOL_CLASS)));

    private Fakes() {
    }

    static final class Reports implements ReportService {
        final List<String> calls = new ArrayList<>();
        EJournalException failure;

        @Override
        public List<ReportInfo> reports(Actor actor, Locale locale) {
            return List.of(CLASS_LIST);
        }

        @Override
        public RenderedReport render(Actor actor, String reportId, Map<String, String> parameters, ReportFormat format,
                                     Locale locale) {
            calls.add(reportId + " " + parameters + " " + format);
            if (failure != null) {
                throw failure;
            }
            return new RenderedReport("Список класса 5А 29.11.2026." + format.extension(), format,
                    "%PDF".getBytes(StandardCharsets.UTF_8));
        }
    }

    static final class Roster implements RosterService {
        @Override
        public SchoolSummary school(Actor actor) {
            return new SchoolSummary(1, "МБОУ СОШ № 7", "СОШ № 7", "Тверь");
        }

        @Override
        public List<SchoolClassSummary> classes(Actor actor) {
            return List.of(CLASS_5A);
        }

        @Override
        public SchoolClassSummary schoolClass(Actor actor, long classId) {
            return CLASS_5A;
        }

        @Override
        public List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate) {
            return List.of();
        }
    }

    static final class Schedules implements ReportScheduleService {
        final List<ReportSchedule> stored = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        EJournalException failure;

        @Override
        public ReportSchedule create(Actor actor, NewReportSchedule schedule) {
            calls.add("create " + schedule.cron());
            if (failure != null) {
                throw failure;
            }
            ReportSchedule created = new ReportSchedule(stored.size() + 1, schedule.reportId(), schedule.parameters(),
                    schedule.format(), schedule.cron(), true, actor.accountId(), Instant.now(),
                    Instant.parse("2026-11-30T04:00:00Z"));
            stored.add(0, created);
            return created;
        }

        @Override
        public List<ReportSchedule> schedules(Actor actor) {
            return List.copyOf(stored);
        }

        @Override
        public void stop(Actor actor, long scheduleId) {
            calls.add("stop " + scheduleId);
        }

        @Override
        public void runNow(Actor actor, long scheduleId) {
            calls.add("runNow " + scheduleId);
        }

        @Override
        public List<ArchivedReport> archive(Actor actor) {
            return List.of(new ArchivedReport(9, 1L, "class-list", "Список класса", "Список класса 5А 30.11.2026.pdf",
                    ReportFormat.PDF, 20_480, Instant.parse("2026-11-30T04:00:03Z")));
        }

        @Override
        public RenderedReport download(Actor actor, long archiveId) {
            calls.add("download " + archiveId);
            return new RenderedReport("Список класса 5А 30.11.2026.pdf", ReportFormat.PDF, new byte[] {1});
        }
    }
}

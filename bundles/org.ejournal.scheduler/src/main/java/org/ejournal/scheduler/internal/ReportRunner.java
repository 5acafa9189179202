package org.ejournal.scheduler.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.security.AccountService;

/**
 * Runs one schedule: acts as the schedule's owner (built afresh from the account, so changed roles
 * count), renders through {@link ReportService} (which checks access) and stores the file in the
 * report archive.
 */
final class ReportRunner {

    /** Scheduled reports are rendered in the product's default language. */
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final System.Logger LOG = System.getLogger(ReportRunner.class.getName());

    private final ScheduleRepository repository;
    private final ReportService reports;
    private final AccountService accounts;
    private final Clock clock;

    ReportRunner(ScheduleRepository repository, ReportService reports, AccountService accounts, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * @param manual a "run now": runs a stopped schedule too
     * @return the archive id, or empty when nothing was stored (the reason is logged)
     */
    Optional<Long> run(long scheduleId, boolean manual) {
        Optional<ScheduleRepository.StoredSchedule> found = repository.schedule(scheduleId);
        if (found.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Report schedule {0} no longer exists; run skipped", scheduleId);
            return Optional.empty();
        }
        ScheduleRepository.StoredSchedule schedule = found.get();
        if (!schedule.active() && !manual) {
            LOG.log(System.Logger.Level.INFO, "Report schedule {0} is stopped; run skipped", scheduleId);
            return Optional.empty();
        }
        long started = System.nanoTime();
        try {
            Actor owner = accounts.actor(schedule.ownerAccountId());
            if (owner.schoolId() != schedule.schoolId()) {
                LOG.log(System.Logger.Level.WARNING, "Owner of report schedule {0} left its school; run skipped",
                        scheduleId);
                return Optional.empty();
            }
            RenderedReport report = reports.render(owner, schedule.reportId(), schedule.parameters(),
                    schedule.format(), RUSSIAN);
            String title = reports.reports(owner, RUSSIAN).stream()
                    .filter(info -> info.id().equals(schedule.reportId()))
                    .map(ReportInfo::title)
                    .findFirst().orElse(schedule.reportId());
            long archiveId = repository.insertArchive(schedule.schoolId(), schedule.id(), schedule.reportId(), title,
                    report, clock.instant());
            LOG.log(System.Logger.Level.INFO, "Report schedule {0} ran in {1} ms: archive entry {2}, {3} bytes",
                    scheduleId, (System.nanoTime() - started) / 1_000_000, archiveId, report.content().length);
            return Optional.of(archiveId);
        } catch (EJournalException e) {
            // The owner's rights or the parameters no longer fit (class gone, role taken away).
            LOG.log(System.Logger.Level.WARNING, "Report schedule {0} refused: {1}", scheduleId, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(System.Logger.Level.ERROR, "Report schedule " + scheduleId + " failed, error id " + errorId, e);
            return Optional.empty();
        }
    }
}

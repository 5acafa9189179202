package org.ejournal.scheduler.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import javax.sql.DataSource;

import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.report.ArchivedReport;
import org.ejournal.api.report.NewReportSchedule;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportSchedule;
import org.ejournal.api.report.ReportScheduleService;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.security.AccountService;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * {@link ReportScheduleService} on an embedded Quartz with a clustered JDBC job store in the eJournal
 * database: a schedule fires on exactly one node of the cluster. Schedules and archive entries are our
 * own tables; Quartz keeps only one durable job and one cron trigger per schedule, keyed by its id.
 *
 * <p>Every method asks the {@link AccessPolicy} for {@link Operation#REPORT_SCHEDULE_MANAGE} on the
 * actor's school, and every row is read within that school.
 *
 * <p>Misfires (a fire time missed while no node ran, e.g. overnight downtime): the cron trigger
 * <em>fires once now and then proceeds</em> on its cron. A report is a snapshot of today's data, so
 * one fresh report after a restart is what a user wants; replaying each missed fire would only store
 * identical copies, and skipping would leave a morning without its report.
 */
public final class QuartzReportScheduleService implements ReportScheduleService, AutoCloseable {

    /** Quartz scheduler name; every node of the cluster must use the same one. */
    static final String SCHEDULER_NAME = "ejournal-reports";
    /** Quartz job and trigger group of report schedules. */
    static final String GROUP = "report-schedules";
    /** The name under which Quartz asks {@link DBConnectionManager} for connections. */
    private static final String DATA_SOURCE_NAME = "ejournal";

    private static final System.Logger LOG = System.getLogger(QuartzReportScheduleService.class.getName());

    private final DataSource dataSource;
    private final AccessPolicy policy;
    private final ReportService reports;
    private final SchedulerSettings settings;
    private final Clock clock;
    private final ScheduleRepository repository;
    private final ReportRunner runner;
    private Scheduler scheduler;

    public QuartzReportScheduleService(DataSource dataSource, AccessPolicy policy, ReportService reports,
                                       AccountService accounts, SchedulerSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.policy = policy;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
        this.repository = new ScheduleRepository(dataSource);
        this.runner = new ReportRunner(repository, reports, accounts, clock);
    }

    /** Starts Quartz and restores the trigger of any active schedule that lost it. */
    public synchronized void start() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Quartz loads its store, pool and our job class through the class loader that is the
        // context loader now (InitThreadContextClassLoadHelper), and its threads inherit it: ours,
        // not Jetty's or the framework's.
        thread.setContextClassLoader(QuartzReportScheduleService.class.getClassLoader());
        try {
            DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE_NAME, new StoreConnections(dataSource));
            StdSchedulerFactory factory = new StdSchedulerFactory(quartzProperties());
            scheduler = factory.getScheduler();
            scheduler.setJobFactory((bundle, s) -> new ReportJob(runner));
            scheduler.start();
            restoreMissingTriggers();
            LOG.log(System.Logger.Level.INFO, "Report scheduler started as node {0}",
                    scheduler.getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not start", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Stops Quartz on this node, letting running reports finish; the cluster goes on without it. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.log(System.Logger.Level.WARNING, "Quartz did not stop cleanly", e);
            }
            scheduler = null;
        }
    }

    private Properties quartzProperties() {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, SCHEDULER_NAME);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, settings.instanceId());
        p.setProperty(StdSchedulerFactory.PROP_SCHED_CLASS_LOAD_HELPER_CLASS,
                "org.quartz.simpl.InitThreadContextClassLoadHelper");
        p.setProperty("org.quartz.scheduler.jmx.export", "false");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threadCount()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "ejournal-report");
        p.setProperty("org.quartz.threadPool.threadsInheritContextClassLoaderOfInitializingThread", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE_NAME);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(settings.checkinInterval()));
        // Job data as strings only: no Java serialization of our classes into the database.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }

    @Override
    public ReportSchedule create(Actor actor, NewReportSchedule request) {
        policy.check(actor, Operation.REPORT_SCHEDULE_MANAGE, actor.schoolId());
        ReportInfo report = reports.reports(actor, ReportRunner.RUSSIAN).stream()
                .filter(info -> info.id().equals(request.reportId()))
                .findFirst()
                .orElseThrow(() -> new ValidationException("error.report.unknown", String.valueOf(request.reportId())));
        String cron = validCron(request.cron());
        if (request.format() == null) {
            throw new ValidationException("error.report.formatMissing");
        }
        for (ReportParameter parameter : report.parameters()) {
            String value = request.parameters().get(parameter.name());
            if (value == null || value.isBlank()) {
                throw new ValidationException("error.report.parameterMissing", parameter.name());
            }
        }

        long id = repository.insertSchedule(actor.schoolId(), actor.accountId(), report.id(), request.parameters(),
                request.format(), cron, clock.instant());
        try {
            scheduleJob(id, cron);
        } catch (SchedulerException | RuntimeException e) {
            // Not a stop: this schedule never existed for the user, so its row goes.
            repository.deleteUnstartedSchedule(id);
            throw new IllegalStateException("Could not store the Quartz job of report schedule " + id, e);
        }
        return toApi(repository.schedule(id).orElseThrow());
    }

    /** @return the trimmed expression if Quartz accepts it and it fires at least once more */
    private String validCron(String cron) {
        String trimmed = cron == null ? "" : cron.trim().replaceAll("\\s+", " ");
        CronExpression expression;
        try {
            expression = new CronExpression(trimmed);
        } catch (ParseException | RuntimeException e) {
            throw new ValidationException("error.cron.invalid", trimmed);
        }
        expression.setTimeZone(settings.timeZone());
        if (expression.getNextValidTimeAfter(Date.from(clock.instant())) == null) {
            throw new ValidationException("error.cron.neverFires", trimmed);
        }
        return trimmed;
    }

    private void scheduleJob(long scheduleId, String cron) throws SchedulerException {
        JobDetail job = job(scheduleId);
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(scheduleId))
                .forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(settings.timeZone())
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler().scheduleJob(job, Set.of(trigger), true);
    }

    /**
     * Durable, so "run now" still works on a stopped schedule; recoverable, so a run cut short by a
     * dead node is redone by another (a second archive entry is harmless, a missing one is not).
     */
    private static JobDetail job(long scheduleId) {
        return JobBuilder.newJob(ReportJob.class)
                .withIdentity(jobKey(scheduleId))
                .usingJobData(ReportJob.SCHEDULE_ID, String.valueOf(scheduleId))
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Override
    public List<ReportSchedule> schedules(Actor actor) {
        policy.check(actor, Operation.REPORT_SCHEDULE_MANAGE, actor.schoolId());
        List<ReportSchedule> result = new ArrayList<>();
        for (ScheduleRepository.StoredSchedule stored : repository.schedulesOfSchool(actor.schoolId())) {
            result.add(toApi(stored));
        }
        return result;
    }

    @Override
    public void stop(Actor actor, long scheduleId) {
        policy.check(actor, Operation.REPORT_SCHEDULE_MANAGE, actor.schoolId());
        if (!repository.deactivate(actor.schoolId(), scheduleId, clock.instant())) {
            throw new NotFoundException("reportSchedule", scheduleId);
        }
        try {
            scheduler().unscheduleJob(triggerKey(scheduleId));
        } catch (SchedulerException e) {
            // The row says stopped; a trigger left behind finds it so and skips its runs.
            LOG.log(System.Logger.Level.WARNING, "Trigger of stopped report schedule " + scheduleId + " stays", e);
        }
    }

    @Override
    public void runNow(Actor actor, long scheduleId) {
        policy.check(actor, Operation.REPORT_SCHEDULE_MANAGE, actor.schoolId());
        repository.schedule(actor.schoolId(), scheduleId)
                .orElseThrow(() -> new NotFoundException("reportSchedule", scheduleId));
        try {
            Scheduler quartz = scheduler();
            if (!quartz.checkExists(jobKey(scheduleId))) {
                quartz.addJob(job(scheduleId), true);
            }
            // A one-shot trigger in the shared store: whichever node is free runs it.
            quartz.triggerJob(jobKey(scheduleId), new JobDataMap(Map.of(ReportJob.MANUAL, "true")));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not trigger report schedule " + scheduleId, e);
        }
    }

    @Override
    public List<ArchivedReport> archive(Actor actor) {
        policy.check(actor, Operation.REPORT_SCHEDULE_MANAGE, actor.schoolId());
        return repository.archiveOfSchool(actor.schoolId());
    }

    @Override
    public RenderedReport download(Actor actor, long archiveId) {
        policy.check(actor, Operation.REPORT_SCHEDULE_MANAGE, actor.schoolId());
        return repository.archivedFile(actor.schoolId(), archiveId)
                .orElseThrow(() -> new NotFoundException("reportArchive", archiveId));
    }

    /** Runs a schedule on the calling thread (tests, tools); the normal path is Quartz. */
    Optional<Long> runInline(long scheduleId) {
        return runner.run(scheduleId, true);
    }

    private ReportSchedule toApi(ScheduleRepository.StoredSchedule stored) {
        Instant nextRun = null;
        if (stored.active()) {
            try {
                Trigger trigger = scheduler().getTrigger(triggerKey(stored.id()));
                Date next = trigger == null ? null : trigger.getNextFireTime();
                nextRun = next == null ? null : next.toInstant();
            } catch (SchedulerException e) {
                LOG.log(System.Logger.Level.WARNING, "Next run of report schedule " + stored.id() + " unknown", e);
            }
        }
        return new ReportSchedule(stored.id(), stored.reportId(), stored.parameters(), stored.format(), stored.cron(),
                stored.active(), stored.ownerAccountId(), stored.createdAt(), nextRun);
    }

    /** Another node (or Quartz tables restored from an older backup) may lack a trigger we need. */
    private void restoreMissingTriggers() throws SchedulerException {
        for (ScheduleRepository.StoredSchedule stored : repository.activeSchedules()) {
            if (scheduler.checkExists(triggerKey(stored.id()))) {
                continue;
            }
            try {
                scheduleJob(stored.id(), stored.cron());
                LOG.log(System.Logger.Level.INFO, "Restored the trigger of report schedule {0}", stored.id());
            } catch (ObjectAlreadyExistsException raceWithAnotherNode) {
                // Another node restored it at the same moment.
            }
        }
    }

    private synchronized Scheduler scheduler() {
        if (scheduler == null) {
            throw new IllegalStateException("The report scheduler is not running");
        }
        return scheduler;
    }

    static JobKey jobKey(long scheduleId) {
        return JobKey.jobKey("schedule-" + scheduleId, GROUP);
    }

    static TriggerKey triggerKey(long scheduleId) {
        return TriggerKey.triggerKey("schedule-" + scheduleId, GROUP);
    }

    /** Hands Quartz connections of the store's pool; the pool's life is not Quartz's business. */
    private record StoreConnections(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }
}

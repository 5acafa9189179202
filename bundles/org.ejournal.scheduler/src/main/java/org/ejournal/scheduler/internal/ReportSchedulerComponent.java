package org.ejournal.scheduler.internal;

import java.time.Clock;
import java.util.List;

import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.report.ArchivedReport;
import org.ejournal.api.report.NewReportSchedule;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportSchedule;
import org.ejournal.api.report.ReportScheduleService;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.security.AccountService;
import org.ejournal.store.StoreRuntime;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link ReportScheduleService} of the running product: starts the embedded Quartz on this node
 * when the store, the access policy, the report engine and the accounts are there, and stops it
 * (letting running reports finish) when any of them goes. Static references on purpose: Quartz holds
 * the data source and the job factory for its whole life, so a replaced dependency means a restart.
 *
 * <p>Framework property {@value SchedulerSettings#NODE_ID_PROPERTY}: this node's Quartz instance id
 * (unset: generated).
 */
@Component(service = ReportScheduleService.class)
public final class ReportSchedulerComponent implements ReportScheduleService {

    private final QuartzReportScheduleService scheduler;

    @Activate
    public ReportSchedulerComponent(BundleContext context, @Reference(name = "store") StoreRuntime store,
                                    @Reference(name = "accessPolicy") AccessPolicy policy, @Reference(name = "reports") ReportService reports,
                                    @Reference(name = "accounts") AccountService accounts) {
        SchedulerSettings settings = SchedulerSettings.forNode(context.getProperty(SchedulerSettings.NODE_ID_PROPERTY));
        scheduler = new QuartzReportScheduleService(store.dataSource(), policy, reports, accounts, settings,
                Clock.systemUTC());
        scheduler.start();
    }

    @Deactivate
    void deactivate() {
        scheduler.close();
    }

    @Override
    public ReportSchedule create(Actor actor, NewReportSchedule schedule) {
        return scheduler.create(actor, schedule);
    }

    @Override
    public List<ReportSchedule> schedules(Actor actor) {
        return scheduler.schedules(actor);
    }

    @Override
    public void stop(Actor actor, long scheduleId) {
        scheduler.stop(actor, scheduleId);
    }

    @Override
    public void runNow(Actor actor, long scheduleId) {
        scheduler.runNow(actor, scheduleId);
    }

    @Override
    public List<ArchivedReport> archive(Actor actor) {
        return scheduler.archive(actor);
    }

    @Override
    public RenderedReport download(Actor actor, long archiveId) {
        return scheduler.download(actor, archiveId);
    }
}

package org.ejournal.api.report;

import java.util.List;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Report schedules (run by Quartz from its clustered JDBC job store) and the report archive.
 * Only roles allowed {@link org.ejournal.api.Operation#REPORT_SCHEDULE_MANAGE} may use it.
 */
@ProviderType
public interface ReportScheduleService {

    /** Creates and starts a schedule. @throws org.ejournal.api.ValidationException on a bad cron or report id */
    ReportSchedule create(Actor actor, NewReportSchedule schedule);

    /** Schedules of the actor's school, newest first. */
    List<ReportSchedule> schedules(Actor actor);

    /** Stops a schedule; it stays listed as inactive. */
    void stop(Actor actor, long scheduleId);

    /** Runs a schedule once now, in the background; the output lands in the archive. */
    void runNow(Actor actor, long scheduleId);

    /** Archive entries of the actor's school, newest first. */
    List<ArchivedReport> archive(Actor actor);

    /** The stored file of one archive entry. */
    RenderedReport download(Actor actor, long archiveId);
}

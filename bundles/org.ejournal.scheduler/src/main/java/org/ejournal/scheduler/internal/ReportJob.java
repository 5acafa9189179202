package org.ejournal.scheduler.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The one Quartz job class of the bundle: it only hands the schedule id to the {@link ReportRunner}.
 * Quartz stores the class name in its tables and loads it by name on whichever node fires, so the
 * class must never be renamed or moved without migrating {@code QRTZ_JOB_DETAILS}.
 *
 * <p>One schedule never runs twice at once (a slow report does not overlap its next fire time).
 */
@DisallowConcurrentExecution
public final class ReportJob implements Job {

    /** Job data key: the {@code report_schedule} id, as a string (the store keeps only strings). */
    static final String SCHEDULE_ID = "scheduleId";
    /** Trigger data key: present ("true") on a run asked for by hand. */
    static final String MANUAL = "manual";

    private final ReportRunner runner;

    ReportJob(ReportRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        long scheduleId = Long.parseLong(data.getString(SCHEDULE_ID));
        boolean manual = "true".equals(data.getString(MANUAL));
        // Failures are logged by the runner; rethrowing would only make Quartz log them again.
        runner.run(scheduleId, manual);
    }
}

package org.ejournal.api.report;

import java.time.Instant;
import java.util.Map;

/**
 * A schedule that renders a report repeatedly into the report archive.
 *
 * @param id             schedule id
 * @param reportId       the report template id
 * @param parameters     its parameters
 * @param format         output format
 * @param cron           Quartz cron expression ("0 0 7 ? * MON-FRI")
 * @param active         false once stopped (schedules are never deleted)
 * @param ownerAccountId the account the runs act as
 * @param createdAt      when created
 * @param nextRun        next planned run, or {@code null} when stopped
 */
public record ReportSchedule(long id, String reportId, Map<String, String> parameters, ReportFormat format,
                             String cron, boolean active, long ownerAccountId, Instant createdAt, Instant nextRun) {
    public ReportSchedule {
        parameters = Map.copyOf(parameters);
    }
}

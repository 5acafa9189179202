package org.ejournal.api.report;

import java.util.Map;

/**
 * What a user asks for when creating a schedule.
 *
 * @param reportId   the report template id
 * @param parameters its parameters
 * @param format     output format
 * @param cron       Quartz cron expression (seconds minutes hours day-of-month month day-of-week)
 */
public record NewReportSchedule(String reportId, Map<String, String> parameters, ReportFormat format, String cron) {
    public NewReportSchedule {
        parameters = Map.copyOf(parameters);
    }
}

package org.ejournal.api.report;

import java.time.Instant;

/**
 * One stored output of a report run.
 *
 * @param id         archive entry id
 * @param scheduleId the schedule that produced it, or {@code null} for a run by hand
 * @param reportId   the template id
 * @param title      the report's title at the time
 * @param fileName   file name for download
 * @param format     format
 * @param size       size in bytes
 * @param createdAt  when the run finished
 */
public record ArchivedReport(long id, Long scheduleId, String reportId, String title, String fileName,
                             ReportFormat format, long size, Instant createdAt) {
}

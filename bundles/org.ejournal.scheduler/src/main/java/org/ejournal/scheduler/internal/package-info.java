/**
 * Report schedules on an embedded, clustered Quartz and the report archive. Nothing here is exported:
 * other bundles use {@link org.ejournal.api.report.ReportScheduleService}.
 */
package org.ejournal.scheduler.internal;

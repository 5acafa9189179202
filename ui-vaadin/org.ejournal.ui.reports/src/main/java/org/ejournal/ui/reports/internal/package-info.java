/**
 * Report views contributed to the host: «Отчёты», «Расписание отчётов», «Архив отчётов». Not exported:
 * the host finds the views through the {@link org.ejournal.api.ui.ViewContribution} services.
 */
package org.ejournal.ui.reports.internal;

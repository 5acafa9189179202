/**
 * The report engine on the host: a JasperReports-backed {@link org.ejournal.api.report.ReportService}
 * that collects {@link org.ejournal.api.report.ReportTemplate} services (whiteboard), and the core
 * «Список класса» template. Started by {@link org.ejournal.reports.jasper.ReportsActivator} as an
 * activator of the Felix system bundle.
 *
 * <p>This is a host jar, not a bundle: nothing here is exported into the framework. Bundles reach the
 * engine only through the {@code org.ejournal.api.report} services it registers, so no Jasper type is
 * ever visible to an add-on.
 */
package org.ejournal.reports.jasper;

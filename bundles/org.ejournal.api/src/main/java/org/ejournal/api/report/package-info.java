/**
 * Reports: rendering of report templates to PDF/XLSX, report schedules and the report archive.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

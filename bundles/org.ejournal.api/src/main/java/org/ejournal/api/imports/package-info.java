/**
 * Import of class lists, students with parents, staff and teaching assignments from XLSX and CSV
 * files: a dry run that lists every bad row, then an all-or-nothing apply.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

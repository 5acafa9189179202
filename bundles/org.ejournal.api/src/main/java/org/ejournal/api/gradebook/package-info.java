/**
 * Gradebook: teaching assignments, study periods and the class journal grid.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.gradebook;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

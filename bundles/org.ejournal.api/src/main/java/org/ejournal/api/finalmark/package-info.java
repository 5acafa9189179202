/**
 * Final marks per period and for the year: the sheet a teacher fills after the period's last lesson,
 * the suggested mark from a school's {@link org.ejournal.api.finalmark.FinalMarkPolicy} (an extension
 * point), the entry window up to the deadline of the school's order, and the administrator's override.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.finalmark;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

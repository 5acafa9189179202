/**
 * Roster: schools, classes, students, as read by services and views.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.roster;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

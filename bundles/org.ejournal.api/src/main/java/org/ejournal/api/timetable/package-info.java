/**
 * The weekly timetable of a school year (slots with validity dates), the lessons generated from it for a
 * period (minus holidays), and the readiness check for 1 September.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.timetable;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * Student movement (arrival, departure, transfer between classes, with the history kept as enrollment
 * rows) and the year-end promotion of a school into the next academic year.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.movement;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

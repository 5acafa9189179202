/**
 * School year setup and staffing (issue 3 items 1 and 2): academic years, study periods per period
 * scheme with final-mark deadlines, holidays and vacations, period locks; classes, subjects, teaching
 * assignments, subgroups with members and substitutions. Services take the acting user first and are
 * allowed to the deputy director and the director ({@link org.ejournal.api.Operation#SCHOOL_SETUP_MANAGE}).
 */
@Export
@Version("1.0.0")
package org.ejournal.api.school;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

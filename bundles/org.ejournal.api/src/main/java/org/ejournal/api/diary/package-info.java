/**
 * The electronic diary («электронный дневник») of parents and students: a student's week (timetable,
 * topics, homework, marks, absences) and marks by subject for a study period, each call checked against
 * {@link org.ejournal.api.Operation#STUDENT_DIARY_READ}.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.diary;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

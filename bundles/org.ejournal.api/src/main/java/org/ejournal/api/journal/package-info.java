/**
 * Writing the class journal: marks, attendance, topics, homework, works and homework files, each write
 * checked against the access policy and the {@link org.ejournal.api.journal.JournalRule journal rules},
 * optimistically locked per cell and audited; the history of a cell; the class teacher's attendance week.
 *
 * <p>Extension points (whiteboard OSGi services, picked up while the system runs):
 * {@link org.ejournal.api.journal.JournalRule} and {@link org.ejournal.api.journal.GradingScale}.
 * The weighted average of DOMAIN.md lives in one place: {@link org.ejournal.api.journal.WeightedAverage}.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.journal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

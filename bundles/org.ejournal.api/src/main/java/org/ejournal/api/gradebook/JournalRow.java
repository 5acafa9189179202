package org.ejournal.api.gradebook;

import java.util.List;

import org.ejournal.api.roster.StudentSummary;

/**
 * One student's row: a cell per column of {@link JournalGrid#columns()}, in the same order.
 *
 * @param student the student
 * @param cells   cells aligned with the grid's columns
 */
public record JournalRow(StudentSummary student, List<JournalCell> cells) {
    public JournalRow {
        cells = List.copyOf(cells);
    }
}

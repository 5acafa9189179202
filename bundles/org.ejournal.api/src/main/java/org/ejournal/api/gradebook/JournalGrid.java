package org.ejournal.api.gradebook;

import java.util.List;

/**
 * The class journal of one assignment for one study period: students × lessons (and works).
 *
 * @param assignment the assignment
 * @param period     the study period shown
 * @param columns    lessons/works by date and lesson number
 * @param rows       students enrolled during the period, sorted by name
 */
public record JournalGrid(AssignmentSummary assignment, StudyPeriodSummary period, List<JournalColumn> columns,
                          List<JournalRow> rows) {
    public JournalGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}

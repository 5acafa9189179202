package org.ejournal.api.finalmark;

import java.util.List;

import org.ejournal.api.gradebook.AssignmentSummary;

/**
 * The «Итоговые отметки» of one assignment for one period (or the year).
 *
 * @param assignment    the assignment
 * @param periodId      the study period (for the year: the year's period, 0 while no year mark exists)
 * @param periodName    «I четверть», «Год»
 * @param year          whether these are year marks
 * @param window        when entry is allowed
 * @param allowedValues values a final mark may take
 * @param mayWrite      whether the actor may enter marks in the window (the assignment's teacher)
 * @param mayOverride   whether the actor may override with a reason (administration)
 * @param rows          students in journal order
 */
public record FinalMarkSheet(AssignmentSummary assignment, long periodId, String periodName, boolean year,
                             EntryWindow window, List<String> allowedValues, boolean mayWrite, boolean mayOverride,
                             List<FinalMarkRow> rows) {

    public FinalMarkSheet {
        allowedValues = List.copyOf(allowedValues);
        rows = List.copyOf(rows);
    }
}

package org.ejournal.api.timetable;

import java.time.LocalDate;

/**
 * One slot of the weekly timetable.
 *
 * @param id            slot id
 * @param classId       the class
 * @param assignment    the assignment taught (subject, subgroup, teacher)
 * @param weekday       1 = Monday … 6 = Saturday
 * @param lessonNumber  1..10
 * @param room          room, or empty
 * @param validFrom     first day the slot applies
 * @param validTo       last day it applies, or {@code null}: open-ended
 */
public record SlotView(long id, long classId, AssignmentOption assignment, int weekday, int lessonNumber, String room,
                       LocalDate validFrom, LocalDate validTo) {

    /** Whether the slot applies on {@code date} (validity only; the weekday is not checked). */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}

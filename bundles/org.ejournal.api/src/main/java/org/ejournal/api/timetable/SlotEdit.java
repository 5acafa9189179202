package org.ejournal.api.timetable;

import java.time.LocalDate;

/**
 * What the deputy director enters for a slot.
 *
 * @param assignmentId  the assignment (it names the class, the subgroup, the subject and the teacher)
 * @param weekday       1 = Monday … 6 = Saturday
 * @param lessonNumber  1..10
 * @param room          room, may be empty (then no room clash is checked)
 * @param validFrom     first day the slot applies (inside the class's academic year)
 * @param validTo       last day, or {@code null}: to the end of the year
 */
public record SlotEdit(long assignmentId, int weekday, int lessonNumber, String room, LocalDate validFrom,
                       LocalDate validTo) {

    public SlotEdit {
        room = room == null ? "" : room.strip();
    }
}

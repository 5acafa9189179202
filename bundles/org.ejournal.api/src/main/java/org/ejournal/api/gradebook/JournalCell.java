package org.ejournal.api.gradebook;

import java.util.List;

/**
 * What one student has in one column.
 *
 * @param marks          marks of the column's work, in entry order ("5", "4", "зач"…); empty when none
 * @param attendanceCode the absence code of the lesson ("Н", "Б", "УП", "ОП"), or empty
 * @param enrolled       whether the student was enrolled in the class on the lesson's date
 */
public record JournalCell(List<String> marks, String attendanceCode, boolean enrolled) {
    public static final JournalCell EMPTY = new JournalCell(List.of(), "", true);
    public static final JournalCell NOT_ENROLLED = new JournalCell(List.of(), "", false);

    public JournalCell {
        marks = List.copyOf(marks);
        attendanceCode = attendanceCode == null ? "" : attendanceCode;
    }

    /** Text for the grid: "4/5", "Н", "5 Н"… */
    public String display() {
        String m = String.join("/", marks);
        if (attendanceCode.isEmpty()) {
            return m;
        }
        return m.isEmpty() ? attendanceCode : m + " " + attendanceCode;
    }
}

package org.ejournal.api.finalmark;

import java.time.LocalDate;

/**
 * When final marks of a period may be entered: from the day of the assignment's last lesson of the
 * period to the deadline of the school's order, inclusive.
 *
 * @param opensOn  the day of the last lesson (the period's last day when no lesson is planned)
 * @param deadline the last day of entry
 * @param state    the state on the day the sheet was read
 */
public record EntryWindow(LocalDate opensOn, LocalDate deadline, State state) {

    /** Whether a teacher may enter final marks now. */
    public enum State {
        /** Before the last lesson of the period. */
        NOT_YET_OPEN,
        /** Between the last lesson and the deadline. */
        OPEN,
        /** After the deadline, or the period was locked: only an administrator's override with a reason. */
        CLOSED
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }
}

package org.ejournal.finalmarks.internal;

import java.time.LocalDate;

import org.ejournal.api.finalmark.EntryWindow;

/** The one rule for when final marks may be entered. */
final class EntryWindows {

    private EntryWindows() {
    }

    /**
     * @param lastLesson the day of the assignment's last lesson in the period, {@code null} if none
     * @param periodEnd  the period's last day (the window opens then when no lesson is planned)
     * @param deadline   the final-mark deadline of the school's order
     * @param locked     whether the period has been locked by the administration
     * @param today      the day of the question
     */
    static EntryWindow of(LocalDate lastLesson, LocalDate periodEnd, LocalDate deadline, boolean locked,
                          LocalDate today) {
        LocalDate opensOn = lastLesson != null ? lastLesson : periodEnd;
        EntryWindow.State state;
        if (locked || today.isAfter(deadline)) {
            state = EntryWindow.State.CLOSED;
        } else if (today.isBefore(opensOn)) {
            state = EntryWindow.State.NOT_YET_OPEN;
        } else {
            state = EntryWindow.State.OPEN;
        }
        return new EntryWindow(opensOn, deadline, state);
    }
}

package org.ejournal.store.model;

import org.ejournal.store.model.auto._TimetableSlot;

/** A weekly timetable slot of a class (weekday, lesson number, room) valid for a date range. */
public class TimetableSlot extends _TimetableSlot {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

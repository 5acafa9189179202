package org.ejournal.store.model;

import org.ejournal.store.model.auto._Lesson;

/** A lesson given on a date for a teaching assignment, with topic, homework and the teacher who taught it. */
public class Lesson extends _Lesson {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }

    /** Cayenne pre-update callback (ejournal.map.xml). */
    protected void onPreUpdate() {
        stampChange();
    }
}

package org.ejournal.store.model;

import org.ejournal.store.model.auto._TeachingAssignment;

/** Class x subject x teacher for one academic year, with its hours per week. */
public class TeachingAssignment extends _TeachingAssignment {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

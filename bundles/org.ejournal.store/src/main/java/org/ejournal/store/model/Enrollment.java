package org.ejournal.store.model;

import org.ejournal.store.model.auto._Enrollment;

/** A student in a class from a start date to an end date (open while null); rows are movement history. */
public class Enrollment extends _Enrollment {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

package org.ejournal.store.model;

import org.ejournal.store.model.auto._Subject;

/** A school subject, e.g. "Математика". */
public class Subject extends _Subject {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

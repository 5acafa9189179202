package org.ejournal.store.model;

import org.ejournal.store.model.auto._WorkType;

/** A kind of graded work (answer, test, dictation...) with its weight, per school. */
public class WorkType extends _WorkType {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

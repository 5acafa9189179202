package org.ejournal.store.model;

import org.ejournal.store.model.auto._Work;

/** A graded item of a lesson (answer, test, dictation, lab...) with its weight. */
public class Work extends _Work {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

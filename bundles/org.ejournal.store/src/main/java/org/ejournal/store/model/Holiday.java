package org.ejournal.store.model;

import org.ejournal.store.model.auto._Holiday;

/** A vacation or public holiday of an academic year: no lessons are generated on its dates. */
public class Holiday extends _Holiday {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

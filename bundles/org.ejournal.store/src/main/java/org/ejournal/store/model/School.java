package org.ejournal.store.model;

import org.ejournal.store.model.auto._School;

/** A school: the tenant every other row belongs to. */
public class School extends _School {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

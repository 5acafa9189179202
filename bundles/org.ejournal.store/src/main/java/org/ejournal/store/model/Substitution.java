package org.ejournal.store.model;

import org.ejournal.store.model.auto._Substitution;

/** A substitute keeping the journal of an assignment for a date range; cancelled, never deleted. */
public class Substitution extends _Substitution {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

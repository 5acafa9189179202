package org.ejournal.store.model;

import org.ejournal.store.model.auto._Subgroup;

/** A class split for a subject ("группа 1"), with its members; deactivated, never deleted. */
public class Subgroup extends _Subgroup {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

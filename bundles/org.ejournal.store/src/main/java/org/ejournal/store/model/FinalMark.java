package org.ejournal.store.model;

import org.ejournal.store.model.auto._FinalMark;

/** A final mark of a student for a teaching assignment and study period. Optimistically locked by version. */
public class FinalMark extends _FinalMark {

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

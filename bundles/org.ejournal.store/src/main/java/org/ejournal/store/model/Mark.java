package org.ejournal.store.model;

import org.ejournal.store.model.auto._Mark;

/** A mark of one student for one work ("5", "зач"...); a cell may hold two. Optimistically locked by version. */
public class Mark extends _Mark {

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

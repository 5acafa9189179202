package org.ejournal.store.model;

import org.ejournal.store.model.auto._Parent;

/** A parent or other legal representative of one or more students. */
public class Parent extends _Parent {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

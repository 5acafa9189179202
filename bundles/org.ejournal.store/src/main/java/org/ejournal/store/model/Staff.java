package org.ejournal.store.model;

import org.ejournal.store.model.auto._Staff;

/** A school employee: teacher, class teacher, deputy director, director, tutor, administrator. */
public class Staff extends _Staff {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

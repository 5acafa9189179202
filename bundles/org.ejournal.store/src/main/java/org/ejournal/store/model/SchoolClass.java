package org.ejournal.store.model;

import org.ejournal.store.model.auto._SchoolClass;

/** A class of an academic year: grade 1..11 and a letter ("5А"), with its class teacher. */
public class SchoolClass extends _SchoolClass {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

package org.ejournal.store.model;

import org.ejournal.store.model.auto._StudentParent;

/** The link "this parent legally represents this student". */
public class StudentParent extends _StudentParent {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

package org.ejournal.store.model;

import org.ejournal.store.model.auto._Student;

/** A student (обучающийся). Only the name is stored without a personal-data consent. */
public class Student extends _Student {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

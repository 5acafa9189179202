package org.ejournal.store.model;

import org.ejournal.store.model.auto._StudyPeriod;

/** A study period (quarter, trimester, half-year) of one period scheme, with its final-mark deadline. */
public class StudyPeriod extends _StudyPeriod {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

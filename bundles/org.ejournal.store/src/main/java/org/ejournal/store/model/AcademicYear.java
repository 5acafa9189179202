package org.ejournal.store.model;

import org.ejournal.store.model.auto._AcademicYear;

/** An academic year of a school, e.g. 2026/2027 (1 Sep - 31 May). */
public class AcademicYear extends _AcademicYear {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

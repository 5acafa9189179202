package org.ejournal.store.model;

import org.ejournal.store.model.auto._SchoolSetting;

/** A named setting of a school, its value as text (e.g. final-mark policy thresholds). */
public class SchoolSetting extends _SchoolSetting {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
    }
}

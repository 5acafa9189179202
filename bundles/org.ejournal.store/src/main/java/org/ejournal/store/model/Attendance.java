package org.ejournal.store.model;

import org.ejournal.store.model.auto._Attendance;

/** An absence or lateness of a student at a lesson (Н, Б, УП, ОП). Optimistically locked by version. */
public class Attendance extends _Attendance {

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

package org.ejournal.store.model;

import org.ejournal.store.model.auto._AttendanceCode;

/** An attendance code of a school (Н, Б, УП, ОП by default). */
public class AttendanceCode extends _AttendanceCode {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

package org.ejournal.store.model;

import org.ejournal.store.model.auto._AuditEvent;

/** One recorded change of journal data: who, when, from where, old and new value. Insert only. */
public class AuditEvent extends _AuditEvent {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

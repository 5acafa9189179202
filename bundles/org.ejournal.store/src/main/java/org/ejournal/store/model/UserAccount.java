package org.ejournal.store.model;

import org.ejournal.store.model.auto._UserAccount;

/** A login: password hash, state and the person (staff, student or parent) it belongs to. */
public class UserAccount extends _UserAccount {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

package org.ejournal.store.model;

import org.ejournal.store.model.auto._AccountRole;

/** One role (an org.ejournal.api.Role constant name) held by an account. */
public class AccountRole extends _AccountRole {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

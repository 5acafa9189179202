package org.ejournal.store.model;

import org.ejournal.store.model.auto._LoginAttempt;

/** One login attempt, successful or not, with the typed login and the client address. Insert only. */
public class LoginAttempt extends _LoginAttempt {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

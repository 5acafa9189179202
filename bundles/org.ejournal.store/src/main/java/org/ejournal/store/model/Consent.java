package org.ejournal.store.model;

import org.ejournal.store.model.auto._Consent;

/**
 * A consent to personal-data processing (152-ФЗ) given by a legal representative for a student.
 * Active while {@code withdrawnAt} is {@code null}; never deleted.
 */
public class Consent extends _Consent {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }

    /** Whether the consent has not been withdrawn. */
    public boolean isActive() {
        return getWithdrawnAt() == null;
    }
}

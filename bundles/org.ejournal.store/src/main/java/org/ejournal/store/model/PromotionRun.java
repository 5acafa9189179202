package org.ejournal.store.model;

import org.ejournal.store.model.auto._PromotionRun;

/**
 * The record that an academic year was promoted to the next one (unique per school and year): the
 * guard against promoting twice.
 */
public class PromotionRun extends _PromotionRun {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

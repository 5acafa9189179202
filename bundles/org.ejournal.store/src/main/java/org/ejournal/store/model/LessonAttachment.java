package org.ejournal.store.model;

import org.ejournal.store.model.auto._LessonAttachment;

/** A file attached to a lesson's homework; removal fills removedAt, the row stays. */
public class LessonAttachment extends _LessonAttachment {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

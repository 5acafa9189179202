package org.ejournal.store.model;

import org.ejournal.store.model.auto._SubgroupMember;

/** A student belonging to a subgroup. */
public class SubgroupMember extends _SubgroupMember {

    private static final long serialVersionUID = 1L;

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
    }
}

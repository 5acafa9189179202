package org.ejournal.api.imports;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how far a dry run or an apply has got, for a progress bar; called on the importing thread. */
@ConsumerType
@FunctionalInterface
public interface ImportProgress {

    /** Nobody listens. */
    ImportProgress NONE = (done, total) -> { };

    /**
     * @param done  rows processed so far
     * @param total rows in all files (known once the files are read)
     */
    void rowsDone(int done, int total);
}

package org.ejournal.api.finalmark;

import org.ejournal.api.EJournalException;

/** The final mark was changed by someone else since the user read it; nothing was written. */
public class FinalMarkConflictException extends EJournalException {
    private static final long serialVersionUID = 1L;

    private final String currentValue;

    public FinalMarkConflictException(String currentValue, String changedBy) {
        super("finalmark.error.conflict", currentValue == null ? "—" : currentValue, changedBy);
        this.currentValue = currentValue;
    }

    /** The value now stored, {@code null} if the mark was removed. */
    public String currentValue() {
        return currentValue;
    }
}

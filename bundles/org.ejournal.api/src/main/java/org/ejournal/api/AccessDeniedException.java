package org.ejournal.api;

/** The access policy refused an operation to the acting user. Key: {@code error.accessDenied}. */
public class AccessDeniedException extends EJournalException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Operation operation, long objectId) {
        super("error.accessDenied", operation.name(), objectId);
    }
}

package org.ejournal.api;

/** The object asked for does not exist in the actor's school. Key: {@code error.notFound}. */
public class NotFoundException extends EJournalException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, long id) {
        super("error.notFound", what, id);
    }
}

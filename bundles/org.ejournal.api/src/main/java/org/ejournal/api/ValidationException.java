package org.ejournal.api;

/** Input a user gave is not acceptable; the key names the reason (e.g. {@code error.cron.invalid}). */
public class ValidationException extends EJournalException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

package org.ejournal.api;

import java.util.Arrays;

/**
 * A failure the user can understand: it carries a message key (resolved against the UI's message
 * bundles, Russian first) and its arguments. {@link #getMessage()} gives the key and arguments for logs.
 */
public class EJournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public EJournalException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public EJournalException(Throwable cause, String messageKey, Object... arguments) {
        this(messageKey, arguments);
        initCause(cause);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

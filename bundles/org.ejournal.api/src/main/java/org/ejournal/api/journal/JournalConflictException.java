package org.ejournal.api.journal;

import java.time.Instant;

import org.ejournal.api.EJournalException;

/**
 * Somebody else changed the cell (or the lesson) since the writer read it: the write was not stored. Carries
 * what is stored now and who changed it, so the user sees the other change and decides; nothing is lost.
 * Message key {@code error.journal.conflict} with arguments (who changed it, the current value).
 */
public class JournalConflictException extends EJournalException {
    private static final long serialVersionUID = 1L;

    public static final String KEY = "error.journal.conflict";

    private final transient Object current;
    private final String currentValue;
    private final int currentVersion;
    private final String changedBy;
    private final Instant changedAt;

    /**
     * @param current        the state stored now ({@link MarkCell}, {@link AttendanceCell}, {@link LessonState})
     * @param currentValue   its value as text ("4", "Н", the topic…), "" when empty
     * @param currentVersion its version ({@link MarkCell#EMPTY_VERSION} when the cell is empty now)
     * @param changedBy      who changed it last, or ""
     * @param changedAt      when, or {@code null}
     */
    public JournalConflictException(Object current, String currentValue, int currentVersion, String changedBy,
                                    Instant changedAt) {
        super(KEY, changedBy == null ? "" : changedBy, currentValue == null ? "" : currentValue);
        this.current = current;
        this.currentValue = currentValue == null ? "" : currentValue;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy == null ? "" : changedBy;
        this.changedAt = changedAt;
    }

    /** The state stored now: a {@link MarkCell}, {@link AttendanceCell} or {@link LessonState}. */
    public Object current() {
        return current;
    }

    public String currentValue() {
        return currentValue;
    }

    /** The version to write against if the user decides to overwrite. */
    public int currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

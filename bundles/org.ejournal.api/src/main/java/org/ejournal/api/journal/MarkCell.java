package org.ejournal.api.journal;

import java.time.Instant;

/**
 * The mark cell of one student for one work, as stored now.
 *
 * @param workId    the work (column)
 * @param lessonId  the lesson the work belongs to
 * @param studentId the student (row)
 * @param value     the stored value ("5", "4/5", "зач", "незач", "осв"), or "" when the cell is empty
 * @param version   the optimistic-lock version to pass back when writing; {@link #EMPTY_VERSION} for an empty cell
 * @param changedBy who changed it last ("Фамилия Имя Отчество"), or "" when unknown or empty
 * @param changedAt when it was changed last, or {@code null} when unknown or empty
 */
public record MarkCell(long workId, long lessonId, long studentId, String value, int version, String changedBy,
                       Instant changedAt) {

    /** The version of a cell that holds nothing (no row): write with it to mean "I saw it empty". */
    public static final int EMPTY_VERSION = -1;

    public MarkCell {
        value = value == null ? "" : value;
        changedBy = changedBy == null ? "" : changedBy;
    }

    public boolean isEmpty() {
        return version == EMPTY_VERSION;
    }
}

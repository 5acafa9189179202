package org.ejournal.api.journal;

import java.time.Instant;

/**
 * The attendance of one student at one lesson, as stored now.
 *
 * @param lessonId  the lesson
 * @param studentId the student
 * @param code      the attendance code ("Н", "Б", "УП", "ОП" or a school's own), or "" when present
 * @param reason    the reason text set by the teacher or the class teacher, or ""
 * @param version   the optimistic-lock version to pass back when writing; {@link MarkCell#EMPTY_VERSION} when no row
 * @param changedBy who changed it last, or ""
 * @param changedAt when it was changed last, or {@code null}
 */
public record AttendanceCell(long lessonId, long studentId, String code, String reason, int version, String changedBy,
                             Instant changedAt) {

    public AttendanceCell {
        code = code == null ? "" : code;
        reason = reason == null ? "" : reason;
        changedBy = changedBy == null ? "" : changedBy;
    }

    public boolean isEmpty() {
        return version == MarkCell.EMPTY_VERSION;
    }
}

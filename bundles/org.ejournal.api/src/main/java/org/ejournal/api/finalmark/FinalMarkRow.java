package org.ejournal.api.finalmark;

import java.time.LocalDateTime;

import org.ejournal.api.roster.StudentSummary;

/**
 * One student's line of a final-mark sheet.
 *
 * @param student        the student
 * @param average        weighted average of the period, {@code null} without numeric marks
 * @param numericMarks   number of numeric marks (a double mark counts twice)
 * @param lessons        lessons held
 * @param missedLessons  lessons missed
 * @param suggestion     the policy's suggestion
 * @param value          the final mark entered, {@code null} if none
 * @param version        the row's version for optimistic locking; 0 when there is no mark yet
 * @param overrideReason the reason of an administrator's change after the deadline, or {@code null}
 * @param changedAt      when the mark was last entered or changed, or {@code null}
 */
public record FinalMarkRow(StudentSummary student, Double average, int numericMarks, int lessons, int missedLessons,
                           FinalMarkSuggestion suggestion, String value, int version, String overrideReason,
                           LocalDateTime changedAt) {
}

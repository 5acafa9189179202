package org.ejournal.api.school;

import java.time.LocalDate;

import org.ejournal.api.roster.PersonName;

/**
 * One row of "tutor follows student": the tutor reads the student's diary on the days from
 * {@code start} to {@code end} (inclusive; {@code null} = open). Rows are ended, never deleted.
 *
 * @param id          row id (tutor_student)
 * @param tutorId     staff id of the tutor
 * @param tutorName   the tutor's name
 * @param studentId   student id
 * @param studentName the student's name
 * @param start       first day
 * @param end         last day, or {@code null} while open
 */
public record TutorAssignmentInfo(long id, long tutorId, PersonName tutorName, long studentId, PersonName studentName,
                                  LocalDate start, LocalDate end) {

    /** Whether the tutor follows the student on the day. */
    public boolean activeOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }
}

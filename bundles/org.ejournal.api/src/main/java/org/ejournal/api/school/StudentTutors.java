package org.ejournal.api.school;

import java.util.List;

import org.ejournal.api.roster.StudentSummary;

/**
 * A student of a class with the tutor rows (open and ended), latest start first.
 *
 * @param student     the student
 * @param assignments the student's tutor rows
 */
public record StudentTutors(StudentSummary student, List<TutorAssignmentInfo> assignments) {

    public StudentTutors {
        assignments = List.copyOf(assignments);
    }
}

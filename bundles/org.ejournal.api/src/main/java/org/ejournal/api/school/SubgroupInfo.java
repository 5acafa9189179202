package org.ejournal.api.school;

import java.util.List;

import org.ejournal.api.roster.StudentSummary;

/**
 * A class split for a subject, with its members.
 *
 * @param id          subgroup id
 * @param classId     the class
 * @param subjectId   the subject
 * @param subjectName the subject's name
 * @param name        "группа 1"
 * @param active      {@code false} once deactivated (never deleted)
 * @param members     the students in it, in Russian order
 */
public record SubgroupInfo(long id, long classId, long subjectId, String subjectName, String name, boolean active,
                           List<StudentSummary> members) {
    public SubgroupInfo {
        members = List.copyOf(members);
    }
}

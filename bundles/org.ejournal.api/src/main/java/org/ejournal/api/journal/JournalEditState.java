package org.ejournal.api.journal;

import java.util.List;
import java.util.Map;

/**
 * What the editable journal grid needs beyond {@link org.ejournal.api.gradebook.JournalGrid}: every non-empty
 * cell with its version, each lesson's version, the weighted averages, the scale, work types and codes.
 *
 * @param assignmentId    the assignment
 * @param periodId        the study period
 * @param marks           non-empty mark cells of the period's works (an absent cell is empty, version
 *                        {@link MarkCell#EMPTY_VERSION})
 * @param attendance      non-empty attendance cells of the period's lessons
 * @param lessonVersions  lesson id → version of its topic and homework
 * @param writableLessons lesson ids the actor may write (all for the teacher, the substitution dates for a substitute)
 * @param averages        student id → weighted average over the period (absent when the student has no numeric mark)
 * @param scaleValues     the values of the grading scale in use, to offer
 * @param workTypes       the school's work types
 * @param attendanceCodes the school's attendance codes
 */
public record JournalEditState(long assignmentId, long periodId, List<MarkCell> marks, List<AttendanceCell> attendance,
                               Map<Long, Integer> lessonVersions, java.util.Set<Long> writableLessons,
                               Map<Long, Double> averages, List<String> scaleValues, List<WorkTypeInfo> workTypes,
                               List<AttendanceCodeInfo> attendanceCodes) {
    public JournalEditState {
        marks = List.copyOf(marks);
        attendance = List.copyOf(attendance);
        lessonVersions = Map.copyOf(lessonVersions);
        writableLessons = java.util.Set.copyOf(writableLessons);
        averages = Map.copyOf(averages);
        scaleValues = List.copyOf(scaleValues);
        workTypes = List.copyOf(workTypes);
        attendanceCodes = List.copyOf(attendanceCodes);
    }
}

package org.ejournal.api.diary;

import java.util.List;

import org.ejournal.api.gradebook.StudyPeriodSummary;

/**
 * A student's marks by subject for a study period («Оценки за четверть»).
 *
 * @param student  the student
 * @param period   the study period
 * @param subjects every subject the student has in the period, in the school's subject order
 */
public record PeriodMarks(DiaryStudent student, StudyPeriodSummary period, List<SubjectMarks> subjects) {
    public PeriodMarks {
        subjects = List.copyOf(subjects);
    }
}

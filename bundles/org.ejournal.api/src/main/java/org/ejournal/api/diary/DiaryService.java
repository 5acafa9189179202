package org.ejournal.api.diary;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.Actor;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The electronic diary. Every method that names a student asks the access policy for
 * {@link org.ejournal.api.Operation#STUDENT_DIARY_READ} on that student first: a parent reads own
 * children only, a student self only, a tutor assigned students, the class teacher the students of own
 * class, the administration its school. A refused or unknown student gives
 * {@link org.ejournal.api.AccessDeniedException} (the same for both, so an id never tells whether a
 * foreign student exists).
 */
@ProviderType
public interface DiaryService {

    /**
     * The students whose diary the actor opens from the menu: a student self, a parent the children, a
     * tutor the assigned students; sorted by name. Empty for other roles (they reach a diary by id).
     */
    List<DiaryStudent> students(Actor actor);

    /**
     * The week starting on {@code monday} (any other day is moved back to its Monday): every lesson of
     * the classes the student was in on each day, with topic, homework, the student's marks and absence;
     * days of a study period without journal lessons show the timetable's lessons.
     */
    DiaryWeek week(Actor actor, long studentId, LocalDate monday);

    /** The study periods of the student's class (this academic year), in order. */
    List<StudyPeriodSummary> periods(Actor actor, long studentId);

    /** Marks by subject for the period, with weighted averages and final marks. */
    PeriodMarks periodMarks(Actor actor, long studentId, long periodId);
}

package org.ejournal.api.journal;

import java.time.LocalDate;

/**
 * A lesson of a class in the class teacher's attendance week.
 *
 * @param lessonId     the lesson
 * @param date         its date
 * @param lessonNumber its number in the day
 * @param subjectName  "Математика"
 * @param teacherName  who taught it
 * @param subgroupName the subgroup, or "" for the whole class
 */
public record WeekLesson(long lessonId, LocalDate date, int lessonNumber, String subjectName, String teacherName,
                         String subgroupName) {
}

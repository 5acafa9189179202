package org.ejournal.api.timetable;

import java.time.LocalDate;

/**
 * A lesson of a class as generated from the timetable (or kept from before).
 *
 * @param id           lesson id
 * @param date         lesson date
 * @param lessonNumber lesson number
 * @param assignment   the assignment
 * @param teacherName  who teaches (or taught) it: "Фамилия И. О."
 * @param topic        topic, may be empty
 * @param holdsData    whether it holds a topic, homework, works, marks, absences or files (then the timetable
 *                     never removes or moves it)
 */
public record LessonView(long id, LocalDate date, int lessonNumber, AssignmentOption assignment, String teacherName,
                         String topic, boolean holdsData) {
}

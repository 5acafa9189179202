package org.ejournal.api.diary;

import java.time.LocalDate;

/**
 * One mark of the student.
 *
 * @param value    the grading-scale value: "5".."1", "зач", "незач", "осв"
 * @param date     the lesson's date (the day the work was done)
 * @param workType the work type code (ANSWER, TEST, DICTATION, ...)
 * @param workTypeName the school's name of the work type ("Контрольная работа"), or empty when unknown
 * @param weight   the work's weight (1..10) in the weighted average
 * @param comment  the teacher's comment, or empty
 */
public record DiaryMark(String value, LocalDate date, String workType, String workTypeName, int weight, String comment) {
}

package org.ejournal.api.gradebook;

import java.time.LocalDate;

/**
 * One column of the journal grid: a lesson, or one work of a lesson when the lesson has several.
 *
 * @param lessonId     the lesson
 * @param date         the lesson's date
 * @param lessonNumber the lesson's number in the day (1..)
 * @param topic        the lesson's topic, or empty
 * @param homework     the homework given, or empty
 * @param workId       the work this column shows, or {@code null} for a lesson without works
 * @param workType     the work type code (e.g. "test", "answer"), or empty
 * @param weight       the work's weight (1 when none)
 */
public record JournalColumn(long lessonId, LocalDate date, int lessonNumber, String topic, String homework,
                            Long workId, String workType, int weight) {
}

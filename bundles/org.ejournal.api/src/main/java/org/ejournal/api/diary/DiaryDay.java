package org.ejournal.api.diary;

import java.time.LocalDate;
import java.util.List;

/**
 * A school day of the diary week.
 *
 * @param date    the day
 * @param lessons its lessons by lesson number
 */
public record DiaryDay(LocalDate date, List<DiaryLesson> lessons) {
    public DiaryDay {
        lessons = List.copyOf(lessons);
    }
}

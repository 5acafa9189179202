package org.ejournal.api.diary;

import java.time.LocalDate;
import java.util.List;

/**
 * A week of a student's diary, Monday to Saturday (a day without lessons has an empty list).
 *
 * @param student the student
 * @param monday  the week's Monday
 * @param days    six days, Monday first
 */
public record DiaryWeek(DiaryStudent student, LocalDate monday, List<DiaryDay> days) {
    public DiaryWeek {
        days = List.copyOf(days);
    }
}

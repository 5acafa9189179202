package org.ejournal.api.diary;

import java.util.List;

/**
 * One lesson of the student's day: held (from the journal) or only planned (from the timetable, then
 * {@code lessonId} is {@code null} and topic and homework are empty).
 *
 * @param lessonId     the journal's lesson, or {@code null} for a timetable slot without a lesson yet
 * @param number       lesson number in the day (1..)
 * @param subject      subject name ("Математика")
 * @param teacher      the teacher who taught it, short ("Иванова М. П.")
 * @param topic        the lesson's topic, or empty
 * @param homework     the homework set at this lesson, or empty
 * @param marks        the student's marks of this lesson's works, in work order
 * @param absence      the attendance code (Н, Б, УП, ОП), or empty
 */
public record DiaryLesson(Long lessonId, int number, String subject, String teacher, String topic, String homework,
                          List<DiaryMark> marks, String absence) {
    public DiaryLesson {
        marks = List.copyOf(marks);
        topic = topic == null ? "" : topic;
        homework = homework == null ? "" : homework;
        absence = absence == null ? "" : absence;
    }
}

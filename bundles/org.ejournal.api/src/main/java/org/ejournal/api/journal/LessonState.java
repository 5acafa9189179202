package org.ejournal.api.journal;

import java.time.LocalDate;
import java.util.List;

/**
 * The lesson panel: topic, homework, works and homework files, with the version to write against.
 *
 * @param lessonId     the lesson
 * @param assignmentId its teaching assignment
 * @param date         the lesson's date
 * @param lessonNumber its number in the day
 * @param topic        the topic, or ""
 * @param homework     the homework, or ""
 * @param version      the optimistic-lock version of topic and homework
 * @param works        the lesson's works by creation order
 * @param attachments  homework files not removed, by upload order
 * @param writable     whether the actor may write this lesson's journal now (teacher, or substitute on that date)
 */
public record LessonState(long lessonId, long assignmentId, LocalDate date, int lessonNumber, String topic,
                          String homework, int version, List<WorkInfo> works, List<AttachmentInfo> attachments,
                          boolean writable) {
    public LessonState {
        topic = topic == null ? "" : topic;
        homework = homework == null ? "" : homework;
        works = List.copyOf(works);
        attachments = List.copyOf(attachments);
    }
}

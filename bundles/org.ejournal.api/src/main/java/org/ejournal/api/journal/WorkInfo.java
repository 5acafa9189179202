package org.ejournal.api.journal;

/**
 * A graded item of a lesson (answer in class, test, dictation…).
 *
 * @param workId      the work
 * @param lessonId    its lesson
 * @param workType    the work type code ("ANSWER", "TEST"…)
 * @param typeName    the work type's name in the school ("Контрольная работа"), or the code when unknown
 * @param title       the title given by the teacher, or ""
 * @param weight      the weight copied from the school's work type when the work was created (1..10)
 * @param subjectName the subject of the lesson ("Математика")
 */
public record WorkInfo(long workId, long lessonId, String workType, String typeName, String title, int weight,
                       String subjectName) {
}

package org.ejournal.api.journal;

/**
 * An attendance code of a school.
 *
 * @param code    "Н", "Б", "УП", "ОП"…
 * @param name    "отсутствовал", "болел", "уважительная причина", "опоздал"…
 * @param absent  whether the student missed the lesson (false for lateness)
 * @param excused whether the absence is excused (illness, a reason accepted)
 */
public record AttendanceCodeInfo(String code, String name, boolean absent, boolean excused) {
}

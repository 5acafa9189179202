package org.ejournal.api.journal;

import java.time.Instant;

/**
 * One stored change of journal data (a row of the audit trail, never edited).
 *
 * @param occurredAt when
 * @param accountId  the account that wrote, or {@code null} for imported data
 * @param who        that account's person ("Фамилия Имя Отчество") or its login, or ""
 * @param address    the client address the change came from
 * @param entity     what was changed: "mark", "attendance", "lesson", "work", "lesson_attachment", "final_mark"
 * @param entityId   the changed row's id
 * @param action     INSERT, UPDATE or DELETE
 * @param field      the changed field ("value", "code", "reason", "topic", "homework"…), or ""
 * @param oldValue   the value before, or {@code null} when there was none
 * @param newValue   the value after, or {@code null} when removed
 * @param lessonId   the lesson of the cell, or {@code null}
 * @param workId     the work of the cell, or {@code null}
 * @param studentId  the student of the cell, or {@code null}
 */
public record HistoryEntry(Instant occurredAt, Long accountId, String who, String address, String entity,
                           long entityId, String action, String field, String oldValue, String newValue,
                           Long lessonId, Long workId, Long studentId) {
}

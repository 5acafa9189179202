package org.ejournal.api.privacy;

import java.time.LocalDateTime;

/**
 * One opening of a student's personal data.
 *
 * @param occurredAt  when (server time, UTC)
 * @param accountId   the account that opened it, or {@code null} for a background job
 * @param login       that account's login, or empty
 * @param who         "Фамилия Имя Отчество" of the person behind the account, or the login
 * @param studentId   whose data
 * @param studentName "Фамилия Имя Отчество" of the student
 * @param what        what was read: STUDENT_RECORD, STUDENT_RECORD_EDIT, CONSENT_WITHDRAWN
 * @param address     the client address, or empty when the caller did not know it
 */
public record PersonalDataAccess(LocalDateTime occurredAt, Long accountId, String login, String who, long studentId,
                                 String studentName, String what, String address) {
}

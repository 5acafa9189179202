package org.ejournal.api.journal;

import java.time.Instant;

/**
 * A file attached to a lesson's homework (the content is read separately).
 *
 * @param attachmentId the attachment
 * @param lessonId     the lesson
 * @param fileName     the original file name
 * @param contentType  the MIME type
 * @param sizeBytes    the size
 * @param uploadedBy   who uploaded it ("Фамилия Имя Отчество"), or ""
 * @param uploadedAt   when
 */
public record AttachmentInfo(long attachmentId, long lessonId, String fileName, String contentType, long sizeBytes,
                             String uploadedBy, Instant uploadedAt) {
}

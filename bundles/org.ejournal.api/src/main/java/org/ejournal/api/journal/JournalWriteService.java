package org.ejournal.api.journal;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes the class journal. Every write is one transaction: the access policy is asked
 * ({@code LESSON_JOURNAL_WRITE} on the lesson: the assignment's teacher on any date, a substitute only on the
 * dates of an active substitution; {@code CLASS_ATTENDANCE_MANAGE} on the class for absence reasons), the
 * value is checked (grading scale, attendance codes), the {@link JournalRule journal rules} are checked, the
 * change is stored together with its audit rows (account, the caller's client address, old and new value,
 * lesson/work/student), and the new state with its version is returned.
 *
 * <p>Optimistic locking per cell: every write names the version the writer saw ({@link MarkCell#EMPTY_VERSION}
 * for an empty cell). When the stored version differs, or somebody created the cell at the same moment,
 * {@link JournalConflictException} carries what is stored now and who changed it; nothing is overwritten
 * silently. Removing a value is an audited removal: the old value stays in the audit trail.
 *
 * <p>Failures: {@link org.ejournal.api.AccessDeniedException}, {@link org.ejournal.api.NotFoundException}
 * (another school's objects too), {@link org.ejournal.api.ValidationException} (a value outside the scale, an
 * unknown code, a file too large…), {@link JournalRuleException}, {@link JournalConflictException}.
 *
 * <p>{@code address} is the client's network address as the caller saw it (the UI passes the request's remote
 * address; a background job passes "" or its own name); it is stored in the audit trail.
 */
@ProviderType
public interface JournalWriteService {

    /** Largest homework file accepted, in bytes (10 MiB). */
    long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    // --- reading what the writer needs -----------------------------------------------------------------

    /** Cells with versions, lesson versions, averages, scale, work types and codes for the editable grid. */
    JournalEditState editState(Actor actor, long assignmentId, long periodId);

    /** One mark cell as stored now (empty cell: value "", version {@link MarkCell#EMPTY_VERSION}). */
    MarkCell markCell(Actor actor, long workId, long studentId);

    /** One attendance cell as stored now. */
    AttendanceCell attendanceCell(Actor actor, long lessonId, long studentId);

    /** The lesson panel: topic, homework, works, files, version, whether the actor may write it. */
    LessonState lesson(Actor actor, long lessonId);

    /** The school's work types (defaults when the school has none configured: answer 1, test 3…). */
    List<WorkTypeInfo> workTypes(Actor actor);

    /** The school's attendance codes (defaults Н, Б, УП, ОП when the school has none configured). */
    List<AttendanceCodeInfo> attendanceCodes(Actor actor);

    /** The grading scale in use (the registered one with the highest ranking, else {@link FivePointScale}). */
    GradingScale gradingScale(Actor actor);

    // --- the school's settings (JOURNAL_SETTINGS_MANAGE: deputy director, director) ------------------------
    // Added after 1.0.0 was first published on the branch: default methods, so fakes written against the first
    // shape still compile. The store implementation overrides all four.

    /**
     * Creates or changes a work type of the actor's school by its code (upper-cased; weight 1..10). A school that
     * had none configured gets the defaults stored first, then the change. Weights of existing works stay as they
     * were (each work keeps the weight it was created with).
     *
     * @return the school's work types now
     */
    default List<WorkTypeInfo> saveWorkType(Actor actor, String address, WorkTypeInfo type) {
        throw new UnsupportedOperationException("saveWorkType");
    }

    /** Deactivates a work type (works of that type keep it; new works cannot use it). @return the types now */
    default List<WorkTypeInfo> removeWorkType(Actor actor, String address, String code) {
        throw new UnsupportedOperationException("removeWorkType");
    }

    /** Creates or changes an attendance code of the school (1–4 letters), like {@link #saveWorkType}. */
    default List<AttendanceCodeInfo> saveAttendanceCode(Actor actor, String address, AttendanceCodeInfo code) {
        throw new UnsupportedOperationException("saveAttendanceCode");
    }

    /** Deactivates an attendance code (recorded absences keep it). @return the codes now */
    default List<AttendanceCodeInfo> removeAttendanceCode(Actor actor, String address, String code) {
        throw new UnsupportedOperationException("removeAttendanceCode");
    }

    // --- marks --------------------------------------------------------------------------------------

    /**
     * Sets the mark of a student for a work ("5", "4/5", "зач"…; normalised by the grading scale).
     *
     * @param expectedVersion the version the writer saw, {@link MarkCell#EMPTY_VERSION} for an empty cell
     */
    WriteResult<MarkCell> setMark(Actor actor, String address, long workId, long studentId, String value,
                                  int expectedVersion);

    /** Removes the mark of a cell (audited; the old value stays in the trail). */
    WriteResult<MarkCell> clearMark(Actor actor, String address, long workId, long studentId, int expectedVersion);

    // --- attendance ---------------------------------------------------------------------------------

    /** Sets the attendance code ("Н", "Б", "УП", "ОП" or a school's own) of a student at a lesson. */
    WriteResult<AttendanceCell> setAttendance(Actor actor, String address, long lessonId, long studentId, String code,
                                              int expectedVersion);

    /** Removes an attendance record: the student was there after all (audited). */
    WriteResult<AttendanceCell> clearAttendance(Actor actor, String address, long lessonId, long studentId,
                                                int expectedVersion);

    /**
     * Sets the reason of a recorded absence, and optionally its code (e.g. "Н" → "Б" when a certificate comes):
     * the lesson's writer, or the class teacher of the class and the administration ({@code CLASS_ATTENDANCE_MANAGE}).
     *
     * @param code   the new code, or {@code null} to keep it
     * @param reason the reason text ("" to clear)
     */
    WriteResult<AttendanceCell> setAbsenceReason(Actor actor, String address, long lessonId, long studentId,
                                                 String code, String reason, int expectedVersion);

    /** The class teacher's attendance week of a class: all lessons of the week containing {@code day}. */
    ClassAttendanceWeek classAttendanceWeek(Actor actor, long classId, LocalDate day);

    // --- lesson: topic, homework, works, files ------------------------------------------------------

    /**
     * Sets topic and homework of a lesson ({@code null} keeps a field as it is). Each changed field is checked by
     * the rules and audited on its own.
     */
    WriteResult<LessonState> updateLesson(Actor actor, String address, long lessonId, String topic, String homework,
                                          int expectedVersion);

    /** Adds a work of a type of the school (its weight is copied from the work type) to a lesson. */
    WriteResult<WorkInfo> addWork(Actor actor, String address, long lessonId, String workTypeCode, String title);

    /** Removes a work that has no marks (a work with marks is refused: clear its marks first, each audited). */
    WriteResult<WorkInfo> removeWork(Actor actor, String address, long workId);

    /** Attaches a homework file (at most {@link #MAX_ATTACHMENT_BYTES}). */
    WriteResult<AttachmentInfo> addAttachment(Actor actor, String address, long lessonId, String fileName,
                                              String contentType, byte[] content);

    /** Removes a homework file (kept in the database, marked removed; audited). */
    WriteResult<AttachmentInfo> removeAttachment(Actor actor, String address, long attachmentId);

    /** Homework files of a lesson (not removed), for anybody who may read the lesson's journal. */
    List<AttachmentInfo> attachments(Actor actor, long lessonId);

    /** The content of a homework file. */
    byte[] attachmentContent(Actor actor, long attachmentId);

    // --- history ------------------------------------------------------------------------------------

    /**
     * The history of one grid cell, oldest first: the student's attendance at the lesson and the marks of the
     * work (or, with {@code workId == null}, of every work of the lesson). For whoever may read the journal.
     */
    List<HistoryEntry> cellHistory(Actor actor, long lessonId, Long workId, long studentId);

    /** The history of a lesson's topic, homework, works and files, oldest first. */
    List<HistoryEntry> lessonHistory(Actor actor, long lessonId);
}

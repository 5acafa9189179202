package org.ejournal.api.journal;

import java.time.LocalDate;
import java.util.Objects;

import org.ejournal.api.Actor;

/**
 * One change a write is about to store, as a {@link JournalRule} sees it. A lesson update that changes topic
 * and homework is checked as two changes.
 *
 * @param kind         what is changed
 * @param actor        who writes
 * @param schoolId     the school
 * @param classId      the class of the assignment
 * @param grade        that class's grade (1..11)
 * @param assignmentId the teaching assignment
 * @param lessonId     the lesson, or {@code null} for a final mark
 * @param date         the lesson's date (for a final mark: the last day of the period)
 * @param workId       the work, for marks and work removal; {@code null} otherwise (also for a work being added)
 * @param workType     the work type code for marks and works ("TEST"…), else ""
 * @param studentId    the student for marks, attendance and final marks, else {@code null}
 * @param oldValue     the value before ("" when none): mark value, attendance code, reason, topic, homework,
 *                     work title, file name
 * @param newValue     the value after ("" when removed)
 */
public record JournalChange(Kind kind, Actor actor, long schoolId, long classId, int grade, long assignmentId,
                            Long lessonId, LocalDate date, Long workId, String workType, Long studentId,
                            String oldValue, String newValue) {

    /** What a change is about. */
    public enum Kind {
        /** A mark set or changed (newValue: the normalised value, e.g. "4/5"). */
        MARK_SET,
        /** A mark removed (oldValue: the value removed). */
        MARK_CLEAR,
        /** An attendance code set or changed (newValue: the code). */
        ATTENDANCE_SET,
        /** An attendance record removed (the student was present after all). */
        ATTENDANCE_CLEAR,
        /** The reason text of an absence, set by the teacher or the class teacher (newValue: the reason). */
        ABSENCE_REASON,
        /** The topic of a lesson (newValue: the topic). */
        TOPIC,
        /** The homework of a lesson (newValue: the homework text). */
        HOMEWORK,
        /** A work added to a lesson (workType: its type code, newValue: its title). */
        WORK_ADD,
        /** A work removed from a lesson (only possible while it has no marks). */
        WORK_REMOVE,
        /** A homework file attached (newValue: the file name). */
        ATTACHMENT_ADD,
        /** A homework file removed (oldValue: the file name). */
        ATTACHMENT_REMOVE,
        /** A final mark for a period (lessonId null, date: the period's last day). */
        FINAL_MARK
    }

    public JournalChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(date, "date");
        workType = workType == null ? "" : workType;
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }

    /** Whether this change puts a mark into the journal (a mark or a final mark with a value). */
    public boolean givesMark() {
        return (kind == Kind.MARK_SET || kind == Kind.FINAL_MARK) && !newValue.isEmpty();
    }

    /** Whether this change gives homework (text or a file). */
    public boolean givesHomework() {
        return kind == Kind.HOMEWORK && !newValue.isBlank() || kind == Kind.ATTACHMENT_ADD;
    }
}

package org.ejournal.ui.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.journal.AttachmentInfo;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.AttendanceCodeInfo;
import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.FivePointScale;
import org.ejournal.api.journal.GradingScale;
import org.ejournal.api.journal.HistoryEntry;
import org.ejournal.api.journal.JournalConflictException;
import org.ejournal.api.journal.JournalEditState;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.LessonState;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.journal.RuleVerdict;
import org.ejournal.api.journal.WorkInfo;
import org.ejournal.api.journal.WorkTypeInfo;
import org.ejournal.api.journal.WriteResult;

/**
 * A journal write service in memory that behaves like the real one where the view notices: versions per cell
 * (a stale version is a conflict with what is stored and who stored it), the five-point scale, the school's
 * codes, a first-grade rule (no marks), and a call log with the client address.
 */
class FakeJournalWriter implements JournalWriteService {

    static final List<AttendanceCodeInfo> CODES = List.of(new AttendanceCodeInfo("Н", "отсутствовал", true, false),
            new AttendanceCodeInfo("Б", "болел", true, true), new AttendanceCodeInfo("УП", "уважительная причина", true,
                    true), new AttendanceCodeInfo("ОП", "опоздал", false, false));
    static final List<WorkTypeInfo> TYPES = List.of(new WorkTypeInfo("ANSWER", "Ответ на уроке", 1),
            new WorkTypeInfo("TEST", "Контрольная работа", 3));

    final Map<String, MarkCell> marks = new HashMap<>();
    final Map<String, AttendanceCell> attendance = new HashMap<>();
    final Set<Long> writable = new HashSet<>();
    final List<String> calls = new ArrayList<>();
    final List<WorkInfo> addedWorks = new ArrayList<>();
    final List<Long> removedWorks = new ArrayList<>();
    boolean firstGrade;
    boolean readOnly;
    long nextWork = 7000;
    List<HistoryEntry> history = List.of();
    ClassAttendanceWeek week;

    static String key(long a, long b) {
        return a + ":" + b;
    }

    /** Another user writes a mark behind the view's back. */
    void otherUserSetsMark(long workId, long studentId, String value) {
        MarkCell old = marks.get(key(workId, studentId));
        int version = old == null ? 0 : old.version() + 1;
        marks.put(key(workId, studentId), new MarkCell(workId, 0, studentId, value, version, "Петрова Анна Ивановна",
                Instant.now()));
    }

    @Override
    public JournalEditState editState(Actor actor, long assignmentId, long periodId) {
        if (readOnly) {
            throw new AccessDeniedException(Operation.LESSON_JOURNAL_WRITE, assignmentId);
        }
        return new JournalEditState(assignmentId, periodId, List.copyOf(marks.values()),
                List.copyOf(attendance.values()), Map.of(), writable, Map.of(), new FivePointScale().values(), TYPES,
                CODES);
    }

    @Override
    public MarkCell markCell(Actor actor, long workId, long studentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttendanceCell attendanceCell(Actor actor, long lessonId, long studentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LessonState lesson(Actor actor, long lessonId) {
        return new LessonState(lessonId, 7, LocalDate.of(2026, 11, 11), 3, "Десятичные дроби", "№ 245", 4,
                List.of(new WorkInfo(900, lessonId, "TEST", "Контрольная работа", "", 3, "Математика")), List.of(),
                !readOnly);
    }

    @Override
    public List<WorkTypeInfo> workTypes(Actor actor) {
        return TYPES;
    }

    @Override
    public List<AttendanceCodeInfo> attendanceCodes(Actor actor) {
        return CODES;
    }

    @Override
    public GradingScale gradingScale(Actor actor) {
        return new FivePointScale();
    }

    private void refuseFirstGrade(String value) {
        if (firstGrade && !value.isEmpty()) {
            throw new JournalRuleException(RuleVerdict.refusal("first-grade", "rule.firstGrade.noMarks",
                    "В 1-м классе отметки не ставятся."));
        }
    }

    @Override
    public WriteResult<MarkCell> setMark(Actor actor, String address, long workId, long studentId, String value,
                                         int expectedVersion) {
        calls.add("setMark " + workId + " " + studentId + " " + value + " v" + expectedVersion + " from " + address);
        refuseFirstGrade(value);
        String v = new FivePointScale().normalize(value)
                .orElseThrow(() -> new ValidationException("error.journal.mark.invalid", value));
        MarkCell old = marks.get(key(workId, studentId));
        int version = old == null ? MarkCell.EMPTY_VERSION : old.version();
        if (version != expectedVersion) {
            throw new JournalConflictException(old, old == null ? "" : old.value(), version,
                    old == null ? "" : old.changedBy(), null);
        }
        MarkCell now = new MarkCell(workId, 0, studentId, v, version + 1, "Иванова Мария Петровна", Instant.now());
        marks.put(key(workId, studentId), now);
        return new WriteResult<>(now, List.of());
    }

    @Override
    public WriteResult<MarkCell> clearMark(Actor actor, String address, long workId, long studentId,
                                           int expectedVersion) {
        calls.add("clearMark " + workId + " " + studentId + " v" + expectedVersion);
        MarkCell old = marks.get(key(workId, studentId));
        if (old == null || old.version() != expectedVersion) {
            throw new JournalConflictException(old, old == null ? "" : old.value(),
                    old == null ? MarkCell.EMPTY_VERSION : old.version(), old == null ? "" : old.changedBy(), null);
        }
        marks.remove(key(workId, studentId));
        return new WriteResult<>(new MarkCell(workId, 0, studentId, "", MarkCell.EMPTY_VERSION, "", null), List.of());
    }

    @Override
    public WriteResult<AttendanceCell> setAttendance(Actor actor, String address, long lessonId, long studentId,
                                                     String code, int expectedVersion) {
        calls.add("setAttendance " + lessonId + " " + studentId + " " + code + " v" + expectedVersion);
        AttendanceCell old = attendance.get(key(lessonId, studentId));
        int version = old == null ? MarkCell.EMPTY_VERSION : old.version();
        if (version != expectedVersion) {
            throw new JournalConflictException(old, old == null ? "" : old.code(), version, "", null);
        }
        AttendanceCell now = new AttendanceCell(lessonId, studentId, code, old == null ? "" : old.reason(),
                version + 1, "Иванова Мария Петровна", Instant.now());
        attendance.put(key(lessonId, studentId), now);
        return new WriteResult<>(now, List.of());
    }

    @Override
    public WriteResult<AttendanceCell> clearAttendance(Actor actor, String address, long lessonId, long studentId,
                                                       int expectedVersion) {
        calls.add("clearAttendance " + lessonId + " " + studentId + " v" + expectedVersion);
        attendance.remove(key(lessonId, studentId));
        return new WriteResult<>(new AttendanceCell(lessonId, studentId, "", "", MarkCell.EMPTY_VERSION, "", null),
                List.of());
    }

    @Override
    public WriteResult<AttendanceCell> setAbsenceReason(Actor actor, String address, long lessonId, long studentId,
                                                        String code, String reason, int expectedVersion) {
        calls.add("setAbsenceReason " + lessonId + " " + studentId + " " + code + " " + reason + " v" + expectedVersion);
        AttendanceCell old = attendance.get(key(lessonId, studentId));
        if (old == null) {
            throw new ValidationException("error.journal.attendance.none");
        }
        AttendanceCell now = new AttendanceCell(lessonId, studentId, code == null ? old.code() : code,
                reason == null ? old.reason() : reason, old.version() + 1, "Классная Ольга", Instant.now());
        attendance.put(key(lessonId, studentId), now);
        return new WriteResult<>(now, List.of());
    }

    @Override
    public ClassAttendanceWeek classAttendanceWeek(Actor actor, long classId, LocalDate day) {
        calls.add("week " + classId + " " + day);
        return new ClassAttendanceWeek(week.classId(), week.className(), week.monday(), week.lessons(),
                week.students(), List.copyOf(attendance.values()), week.codes());
    }

    @Override
    public WriteResult<LessonState> updateLesson(Actor actor, String address, long lessonId, String topic,
                                                 String homework, int expectedVersion) {
        calls.add("updateLesson " + lessonId + " " + topic + " / " + homework + " v" + expectedVersion);
        if (expectedVersion != 4) {
            throw new JournalConflictException(lesson(actor, lessonId), "", 5, "Петрова Анна Ивановна", null);
        }
        LessonState now = new LessonState(lessonId, 7, LocalDate.of(2026, 11, 11), 3, topic, homework, 5,
                List.of(), List.of(), true);
        return new WriteResult<>(now, List.of());
    }

    @Override
    public WriteResult<WorkInfo> addWork(Actor actor, String address, long lessonId, String workTypeCode, String title) {
        calls.add("addWork " + lessonId + " " + workTypeCode);
        WorkInfo work = new WorkInfo(nextWork++, lessonId, workTypeCode, workTypeCode, title, 1, "Математика");
        addedWorks.add(work);
        return new WriteResult<>(work, List.of());
    }

    @Override
    public WriteResult<WorkInfo> removeWork(Actor actor, String address, long workId) {
        calls.add("removeWork " + workId);
        removedWorks.add(workId);
        return new WriteResult<>(new WorkInfo(workId, 0, "ANSWER", "", "", 1, ""), List.of());
    }

    @Override
    public WriteResult<AttachmentInfo> addAttachment(Actor actor, String address, long lessonId, String fileName,
                                                     String contentType, byte[] content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<AttachmentInfo> removeAttachment(Actor actor, String address, long attachmentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AttachmentInfo> attachments(Actor actor, long lessonId) {
        return List.of();
    }

    @Override
    public byte[] attachmentContent(Actor actor, long attachmentId) {
        return new byte[0];
    }

    @Override
    public List<HistoryEntry> cellHistory(Actor actor, long lessonId, Long workId, long studentId) {
        calls.add("cellHistory " + lessonId + " " + workId + " " + studentId);
        return history;
    }

    @Override
    public List<HistoryEntry> lessonHistory(Actor actor, long lessonId) {
        return List.of();
    }

    @Override
    public List<WorkTypeInfo> saveWorkType(Actor actor, String address, WorkTypeInfo type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<WorkTypeInfo> removeWorkType(Actor actor, String address, String code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AttendanceCodeInfo> saveAttendanceCode(Actor actor, String address, AttendanceCodeInfo code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AttendanceCodeInfo> removeAttendanceCode(Actor actor, String address, String code) {
        throw new UnsupportedOperationException();
    }
}

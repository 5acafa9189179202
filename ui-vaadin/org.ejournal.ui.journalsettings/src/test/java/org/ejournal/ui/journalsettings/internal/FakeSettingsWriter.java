package org.ejournal.ui.journalsettings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.journal.AttachmentInfo;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.AttendanceCodeInfo;
import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.FivePointScale;
import org.ejournal.api.journal.GradingScale;
import org.ejournal.api.journal.HistoryEntry;
import org.ejournal.api.journal.JournalEditState;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.LessonState;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.journal.WorkInfo;
import org.ejournal.api.journal.WorkTypeInfo;
import org.ejournal.api.journal.WriteResult;

/**
 * The settings part of a journal write service in memory, checking like the real one where the view notices
 * (administration only, weight 1..10, code shapes, a name), with a call log carrying the client address.
 * Everything else is not used by the settings view.
 */
class FakeSettingsWriter implements JournalWriteService {

    final Map<String, WorkTypeInfo> types = new LinkedHashMap<>();
    final Map<String, AttendanceCodeInfo> codes = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    FakeSettingsWriter() {
        for (WorkTypeInfo t : List.of(new WorkTypeInfo("ANSWER", "Ответ на уроке", 1),
                new WorkTypeInfo("TEST", "Контрольная работа", 3))) {
            types.put(t.code(), t);
        }
        for (AttendanceCodeInfo c : List.of(new AttendanceCodeInfo("Н", "отсутствовал", true, false),
                new AttendanceCodeInfo("Б", "болел", true, true),
                new AttendanceCodeInfo("УП", "уважительная причина", true, true),
                new AttendanceCodeInfo("ОП", "опоздал", false, false))) {
            codes.put(c.code(), c);
        }
    }

    private static void check(Actor actor) {
        if (!actor.roles().contains(Role.DIRECTOR) && !actor.roles().contains(Role.DEPUTY_DIRECTOR)) {
            throw new AccessDeniedException(Operation.JOURNAL_SETTINGS_MANAGE, actor.schoolId());
        }
    }

    @Override
    public List<WorkTypeInfo> workTypes(Actor actor) {
        return List.copyOf(types.values());
    }

    @Override
    public List<AttendanceCodeInfo> attendanceCodes(Actor actor) {
        return List.copyOf(codes.values());
    }

    @Override
    public List<WorkTypeInfo> saveWorkType(Actor actor, String address, WorkTypeInfo type) {
        check(actor);
        calls.add("saveWorkType " + type + " from " + address);
        String code = type.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{0,29}")) {
            throw new ValidationException("error.journal.workType.code", code);
        }
        if (type.name().isBlank()) {
            throw new ValidationException("error.journal.settings.name");
        }
        if (type.weight() < 1 || type.weight() > 10) {
            throw new ValidationException("error.journal.workType.weight", type.weight());
        }
        types.put(code, new WorkTypeInfo(code, type.name().strip(), type.weight()));
        return workTypes(actor);
    }

    @Override
    public List<WorkTypeInfo> removeWorkType(Actor actor, String address, String code) {
        check(actor);
        calls.add("removeWorkType " + code + " from " + address);
        if (types.remove(code) == null) {
            throw new ValidationException("error.journal.workType.invalid", code);
        }
        return workTypes(actor);
    }

    @Override
    public List<AttendanceCodeInfo> saveAttendanceCode(Actor actor, String address, AttendanceCodeInfo code) {
        check(actor);
        calls.add("saveAttendanceCode " + code + " from " + address);
        String c = code.code().strip().toUpperCase(Locale.forLanguageTag("ru"));
        if (c.isEmpty() || c.length() > 4 || !c.chars().allMatch(Character::isLetter)) {
            throw new ValidationException("error.journal.attendanceCode.code", c);
        }
        if (code.name().isBlank()) {
            throw new ValidationException("error.journal.settings.name");
        }
        codes.put(c, new AttendanceCodeInfo(c, code.name().strip(), code.absent(), code.excused()));
        return attendanceCodes(actor);
    }

    @Override
    public List<AttendanceCodeInfo> removeAttendanceCode(Actor actor, String address, String code) {
        check(actor);
        calls.add("removeAttendanceCode " + code + " from " + address);
        codes.remove(code);
        return attendanceCodes(actor);
    }

    @Override
    public GradingScale gradingScale(Actor actor) {
        return new FivePointScale();
    }

    // --- not used by the settings view ---------------------------------------------------------------------

    @Override
    public JournalEditState editState(Actor actor, long assignmentId, long periodId) {
        throw new UnsupportedOperationException();
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
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<MarkCell> setMark(Actor actor, String address, long workId, long studentId, String value,
                                         int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<MarkCell> clearMark(Actor actor, String address, long workId, long studentId,
                                           int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<AttendanceCell> setAttendance(Actor actor, String address, long lessonId, long studentId,
                                                     String code, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<AttendanceCell> clearAttendance(Actor actor, String address, long lessonId, long studentId,
                                                       int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<AttendanceCell> setAbsenceReason(Actor actor, String address, long lessonId, long studentId,
                                                        String code, String reason, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ClassAttendanceWeek classAttendanceWeek(Actor actor, long classId, LocalDate day) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<LessonState> updateLesson(Actor actor, String address, long lessonId, String topic,
                                                 String homework, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<WorkInfo> addWork(Actor actor, String address, long lessonId, String workTypeCode,
                                         String title) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult<WorkInfo> removeWork(Actor actor, String address, long workId) {
        throw new UnsupportedOperationException();
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
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] attachmentContent(Actor actor, long attachmentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<HistoryEntry> cellHistory(Actor actor, long lessonId, Long workId, long studentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<HistoryEntry> lessonHistory(Actor actor, long lessonId) {
        throw new UnsupportedOperationException();
    }
}

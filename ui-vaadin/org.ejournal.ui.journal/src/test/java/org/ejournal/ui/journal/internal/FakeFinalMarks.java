package org.ejournal.ui.journal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.ejournal.api.finalmark.EntryWindow;
import org.ejournal.api.finalmark.FinalMarkConflictException;
import org.ejournal.api.finalmark.FinalMarkRow;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.finalmark.FinalMarkSuggestion;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.StudentSummary;

/** Final marks in memory: an entry window the test sets, versions, the service's refusal outside the window. */
class FakeFinalMarks implements FinalMarkService {

    EntryWindow.State state = EntryWindow.State.OPEN;
    final Map<Long, FinalMarkRow> rows = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    final StudyPeriodSummary period;
    /** When set, what the policy suggests now for a student (as the real service reads it from the marks). */
    java.util.function.LongFunction<FinalMarkSuggestion> suggest;

    FakeFinalMarks(StudyPeriodSummary period, List<StudentSummary> students) {
        this.period = period;
        for (StudentSummary s : students) {
            rows.put(s.id(), new FinalMarkRow(s, 4.5, 5, 10, 1, new FinalMarkSuggestion("5",
                    FinalMarkSuggestion.Basis.AVERAGE), null, 0, null, null));
        }
    }

    @Override
    public List<org.ejournal.api.gradebook.AssignmentSummary> assignments(Actor actor, long classId) {
        return List.of(JournalViewTest.MATH_5A);
    }

    @Override
    public List<StudyPeriodSummary> periods(Actor actor, long assignmentId) {
        return List.of(period);
    }

    @Override
    public FinalMarkSheet sheet(Actor actor, long assignmentId, long periodId) {
        if (suggest != null) {
            rows.replaceAll((id, r) -> new FinalMarkRow(r.student(), r.average(), r.numericMarks(), r.lessons(),
                    r.missedLessons(), suggest.apply(id), r.value(), r.version(), r.overrideReason(), r.changedAt()));
        }
        return new FinalMarkSheet(JournalViewTest.MATH_5A, periodId, period.name(), false,
                new EntryWindow(LocalDate.of(2026, 12, 25), period.finalMarkDeadline(), state),
                List.of("5", "4", "3", "2", "н/а"), true, false, List.copyOf(rows.values()));
    }

    @Override
    public FinalMarkSheet yearSheet(Actor actor, long assignmentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FinalMarkRow set(Actor actor, String address, long assignmentId, long periodId, long studentId,
                            String value, int expectedVersion) {
        calls.add("set " + studentId + " " + value + " v" + expectedVersion + " from " + address);
        if (state != EntryWindow.State.OPEN) {
            throw new ValidationException("finalmark.error.closed", period.finalMarkDeadline());
        }
        FinalMarkRow old = rows.get(studentId);
        if (old.version() != expectedVersion) {
            throw new FinalMarkConflictException(old.value(), "Петрова Анна Ивановна");
        }
        FinalMarkRow now = new FinalMarkRow(old.student(), old.average(), old.numericMarks(), old.lessons(),
                old.missedLessons(), old.suggestion(), value, old.version() + 1, null, LocalDateTime.now());
        rows.put(studentId, now);
        return now;
    }

    @Override
    public FinalMarkRow override(Actor actor, String address, long assignmentId, long periodId, long studentId,
                                 String value, String reason, int expectedVersion) {
        throw new UnsupportedOperationException();
    }
}

package org.ejournal.ui.timetable.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.ejournal.api.timetable.AssignmentOption;
import org.ejournal.api.timetable.ClassOption;
import org.ejournal.api.timetable.GenerationResult;
import org.ejournal.api.timetable.LessonView;
import org.ejournal.api.timetable.PeriodOption;
import org.ejournal.api.timetable.SlotEdit;
import org.ejournal.api.timetable.SlotView;
import org.ejournal.api.timetable.TimetableService;

/** An in-memory timetable service for view tests: records calls, refuses a weekday-7 slot like the real one. */
class FakeTimetable implements TimetableService {

    static final ClassOption FIVE_A = new ClassOption(21, 1, 5, "А", "QUARTERS");
    static final ClassOption FIVE_B = new ClassOption(22, 1, 5, "Б", "QUARTERS");
    static final AssignmentOption MATH = new AssignmentOption(51, 21, "Математика", "", 104, "Иванова М. П.");
    static final AssignmentOption ENGLISH_1 = new AssignmentOption(58, 21, "Английский язык", "группа 1", 106,
            "Орлов Д. А.");
    static final PeriodOption FIRST_QUARTER = new PeriodOption(11, "QUARTERS", "I четверть", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 26), false);
    static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

    final List<SlotView> slots = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    long nextId = 1000;
    List<LessonView> lessons = new ArrayList<>();

    FakeTimetable() {
        slots.add(new SlotView(1, 21, MATH, 1, 1, "21", SEP_1, null));
        slots.add(new SlotView(2, 21, ENGLISH_1, 3, 9, "", SEP_1, null));
    }

    @Override
    public List<ClassOption> classes(Actor actor) {
        return List.of(FIVE_A, FIVE_B);
    }

    @Override
    public List<AssignmentOption> assignments(Actor actor, long classId) {
        return classId == 21 ? List.of(ENGLISH_1, MATH) : List.of();
    }

    @Override
    public List<SlotView> slots(Actor actor, long classId, LocalDate date) {
        calls.add("slots " + classId + " " + date);
        return slots.stream().filter(s -> s.classId() == classId && (date == null || s.validOn(date))).toList();
    }

    @Override
    public List<PeriodOption> periods(Actor actor, long classId) {
        return List.of(FIRST_QUARTER);
    }

    @Override
    public SlotView addSlot(Actor actor, SlotEdit edit) {
        if (edit.weekday() == 7) {
            throw new ValidationException(WEEKDAY_INVALID);
        }
        calls.add("add " + edit);
        SlotView s = new SlotView(nextId++, 21, edit.assignmentId() == 51 ? MATH : ENGLISH_1, edit.weekday(),
                edit.lessonNumber(), edit.room(), edit.validFrom(), edit.validTo());
        slots.add(s);
        return s;
    }

    @Override
    public SlotView changeSlot(Actor actor, long slotId, SlotEdit edit) {
        calls.add("change " + slotId + " " + edit);
        return null;
    }

    @Override
    public SlotView endSlot(Actor actor, long slotId, LocalDate lastDay) {
        calls.add("end " + slotId + " " + lastDay);
        return null;
    }

    GenerationResult result(LocalDate from) {
        return new GenerationResult(from == null ? SEP_1 : from, FIRST_QUARTER.endDate(), 27, 1, 2, 3, lessons);
    }

    @Override
    public GenerationResult generate(Actor actor, Long classId, long periodId, LocalDate from) {
        calls.add("generate " + classId + " " + periodId + " " + from);
        return result(from);
    }

    @Override
    public GenerationResult preview(Actor actor, Long classId, long periodId, LocalDate from) {
        calls.add("preview " + classId + " " + periodId + " " + from);
        return result(from);
    }

    @Override
    public List<LessonView> lessons(Actor actor, long classId, LocalDate from, LocalDate to) {
        calls.add("lessons " + classId + " " + from + " " + to);
        return lessons.stream().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to)).toList();
    }
}

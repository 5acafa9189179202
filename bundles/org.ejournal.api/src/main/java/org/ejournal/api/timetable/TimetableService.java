package org.ejournal.api.timetable;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The weekly timetable and the lessons generated from it. Every method takes the acting user first and asks
 * the {@link org.ejournal.api.AccessPolicy}: reading a class's timetable and lessons needs
 * {@link org.ejournal.api.Operation#CLASS_ROSTER_READ} on the class; changing slots and generating lessons
 * needs {@link org.ejournal.api.Operation#TIMETABLE_MANAGE} on the school (deputy director, director). An
 * object of another school is "not found" ({@link NotFoundException}).
 *
 * <p>Slots are never deleted: a change ends the old slot the day before the new one starts, so the history
 * stays. Refused input throws {@link ValidationException} with one of the keys below and writes nothing.
 *
 * <p>Lessons: {@link #generate} creates the lessons the slots ask for on the dates of a period from a given
 * date on (holidays and Sundays skipped; the teacher is the assignment's teacher). Lessons that no slot asks
 * for any more are moved (within their week) or removed only when they are empty — no topic, no homework, no
 * works (hence no marks), no absences, no files; every removal and move is written to {@code audit_event}
 * (entity {@code lesson}). Lessons holding data are never touched and are reported. Generating twice creates
 * nothing new.
 */
@ProviderType
public interface TimetableService {

    /** Message key: weekday outside Monday–Saturday. */
    String WEEKDAY_INVALID = "error.timetable.weekdayInvalid";
    /** Message key: lesson number outside 1–10. */
    String LESSON_NUMBER_INVALID = "error.timetable.lessonNumberInvalid";
    /** Message key: room longer than 20 characters. */
    String ROOM_TOO_LONG = "error.timetable.roomTooLong";
    /** Message key: no start date, or start/end outside the academic year ({0} first day, {1} last day). */
    String DATES_OUTSIDE_YEAR = "error.timetable.datesOutsideYear";
    /** Message key: the end date is before the start date. */
    String DATES_REVERSED = "error.timetable.datesReversed";
    /**
     * Message key: the class (or an overlapping group) already has a lesson then. Arguments: {0} weekday
     * 1–7, {1} lesson number, {2} class, {3} what is there ("Математика · Иванова М. П."), {4} since (date).
     */
    String CLASH_CLASS = "error.timetable.clashClass";
    /** Message key: the teacher teaches elsewhere then. Arguments as {@link #CLASH_CLASS}, {2} = teacher. */
    String CLASH_TEACHER = "error.timetable.clashTeacher";
    /** Message key: the room is taken then. Arguments as {@link #CLASH_CLASS}, {2} = room. */
    String CLASH_ROOM = "error.timetable.clashRoom";
    /** Message key: the slot has already ended ({0} its last day). */
    String SLOT_ENDED = "error.timetable.slotEnded";
    /** Message key: a change or end dated before the slot starts ({0} the slot's first day). */
    String BEFORE_SLOT_START = "error.timetable.beforeSlotStart";
    /** Message key: the period is closed; nothing may be generated into it ({0} the period). */
    String PERIOD_LOCKED = "error.timetable.periodLocked";
    /** Message key: the "from" date is after the period's end ({0} the period's last day). */
    String FROM_AFTER_PERIOD = "error.timetable.fromAfterPeriod";
    /** Message key: the period belongs to another year than the class. */
    String PERIOD_OTHER_YEAR = "error.timetable.periodOtherYear";
    /** Message key: a changed slot would move to an assignment of another class. */
    String OTHER_CLASS = "error.timetable.otherClass";
    /** Message key: the school has no current or coming academic year. */
    String NO_YEAR = "error.timetable.noYear";

    /**
     * Classes of the year being planned: the running academic year, or in the summer the coming one (the
     * earliest year that has not ended), by grade and letter. Only classes the actor may read.
     */
    List<ClassOption> classes(Actor actor);

    /** The class's assignments (whole class and subgroups), by subject, subgroup, teacher. */
    List<AssignmentOption> assignments(Actor actor, long classId);

    /** Slots of the class valid on {@code date} ({@code null}: every slot ever, the history), by weekday, lesson number. */
    List<SlotView> slots(Actor actor, long classId, LocalDate date);

    /** Study periods of the class's year and period scheme, in order. */
    List<PeriodOption> periods(Actor actor, long classId);

    /**
     * Adds a slot.
     *
     * @throws ValidationException {@value #WEEKDAY_INVALID}, {@value #LESSON_NUMBER_INVALID},
     *         {@value #ROOM_TOO_LONG}, {@value #DATES_OUTSIDE_YEAR}, {@value #DATES_REVERSED}, {@value #CLASH_CLASS},
     *         {@value #CLASH_TEACHER}, {@value #CLASH_ROOM}
     * @throws AccessDeniedException without {@link org.ejournal.api.Operation#TIMETABLE_MANAGE}
     */
    SlotView addSlot(Actor actor, SlotEdit edit);

    /**
     * Changes a slot from {@code edit.validFrom()}: the old slot ends the day before and a new one starts (when
     * the change starts on the old slot's first day, the old slot is changed in place). Same checks as
     * {@link #addSlot}, the old slot not counting as a clash; {@value #BEFORE_SLOT_START}, {@value #SLOT_ENDED}.
     *
     * @return the slot valid from {@code edit.validFrom()}
     */
    SlotView changeSlot(Actor actor, long slotId, SlotEdit edit);

    /**
     * Ends a slot: {@code lastDay} becomes its last day ({@code lastDay} = the day before its first day cancels
     * it without deleting the row).
     */
    SlotView endSlot(Actor actor, long slotId, LocalDate lastDay);

    /**
     * Generates the lessons of a period for one class ({@code classId}) or the whole school ({@code null}), on
     * dates from {@code from} ({@code null}: tomorrow) — but not before the period's start — to the period's end.
     * One transaction.
     *
     * @throws ValidationException {@value #PERIOD_LOCKED}, {@value #FROM_AFTER_PERIOD}, {@value #PERIOD_OTHER_YEAR}
     */
    GenerationResult generate(Actor actor, Long classId, long periodId, LocalDate from);

    /**
     * What {@link #generate} would do with the same arguments, without writing anything (the preview shown
     * before the deputy director confirms). Same checks and refusals.
     */
    GenerationResult preview(Actor actor, Long classId, long periodId, LocalDate from);

    /** Lessons of the class from {@code from} to {@code to} (inclusive), by date and lesson number. */
    List<LessonView> lessons(Actor actor, long classId, LocalDate from, LocalDate to);
}

package org.ejournal.api.movement;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.roster.PersonName;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Student movement within a school: arrival, departure, transfer between classes. History is kept as
 * enrollment rows: a movement ends a row (never deletes it) and/or starts one; marks stay with their
 * lessons, so a student appears in a class's journal only for the dates of a stay there.
 *
 * <p>Every method takes the acting user first and asks the {@link org.ejournal.api.AccessPolicy} for
 * {@link org.ejournal.api.Operation#STUDENT_MOVE} on the actor's school (deputy director, director). A
 * student or class of another school is {@link NotFoundException}. Bad input is a
 * {@link ValidationException} with one of the keys below and nothing is written; each movement is one
 * transaction with its {@code audit_event} rows.
 */
@ProviderType
public interface MovementService {

    /** Message key: a date is missing. */
    String DATE_REQUIRED = "error.movement.dateRequired";
    /** Message key: the date is outside the class's academic year ({0} start, {1} end). */
    String DATE_OUTSIDE_YEAR = "error.movement.dateOutsideYear";
    /** Message key: the date is before the current stay's start ({0}) (departure, transfer: not before it). */
    String DATE_BEFORE_START = "error.movement.dateBeforeStart";
    /** Message key: the arrival date is not after the last stay's end ({0}). */
    String DATE_BEFORE_LAST_END = "error.movement.dateBeforeLastEnd";
    /** Message key: the student is not in any class now (departure, transfer). */
    String NOT_ENROLLED = "error.movement.notEnrolled";
    /** Message key: arrival of a student who is in a class ({0}). */
    String ALREADY_ENROLLED = "error.movement.alreadyEnrolled";
    /** Message key: transfer into the class the student is already in. */
    String SAME_CLASS = "error.movement.sameClass";
    /** Message key: transfer into a class of another academic year. */
    String OTHER_YEAR = "error.movement.otherYear";
    /** Message key: departure without a cause. */
    String CAUSE_REQUIRED = "error.movement.causeRequired";
    /** Message key: departure without a destination. */
    String DESTINATION_REQUIRED = "error.movement.destinationRequired";
    /** Message key: a note (where from, destination) longer than 300 characters. */
    String NOTE_TOO_LONG = "error.movement.noteTooLong";
    /** Message key: surname or name of a new student missing or longer than 100 characters. */
    String NAME_REQUIRED = "error.movement.nameRequired";
    /** Message key: gender of a new student not {@code M}/{@code F}. */
    String GENDER_INVALID = "error.movement.genderInvalid";
    /** Message key: a period whose end is before its start. */
    String PERIOD_INVALID = "error.movement.periodInvalid";
    /** Message key: another user moved the same student meanwhile (their change stays, this one is not written). */
    String CHANGED_MEANWHILE = "error.movement.changedMeanwhile";

    /** Students of the actor's school whose surname, name or patronymic starts with {@code text}; at most 50. */
    List<MovementStudent> search(Actor actor, String text);

    /** Classes of the academic year containing {@code date} (none when no year contains it), by grade and letter. */
    List<ClassChoice> classes(Actor actor, LocalDate date);

    /** The student's stays, oldest first. */
    List<EnrollmentRecord> history(Actor actor, long studentId);

    /**
     * An existing student who is in no class arrives in {@code classId} from {@code date}.
     *
     * @param from where the student came from (may be empty)
     * @return the new stay
     */
    EnrollmentRecord arrive(Actor actor, long studentId, long classId, LocalDate date, String from);

    /**
     * A new student (name only: no consent yet) arrives in {@code classId} from {@code date}.
     *
     * @param gender {@code M} or {@code F}
     * @return the new student's id
     */
    long arriveNew(Actor actor, PersonName name, String gender, long classId, LocalDate date, String from);

    /**
     * The student leaves the school: the open stay ends on {@code lastDay} (inclusive) with the cause and
     * destination.
     */
    EnrollmentRecord depart(Actor actor, long studentId, LocalDate lastDay, DepartureCause cause, String destination);

    /**
     * The student moves to {@code toClassId} (same academic year) from {@code effectiveDate}: the open stay
     * ends the day before, a new one starts on it.
     *
     * @return the new stay
     */
    EnrollmentRecord transfer(Actor actor, long studentId, long toClassId, LocalDate effectiveDate);

    /** Arrivals, departures and transfers that took effect from {@code from} to {@code to} (inclusive), by date. */
    List<Movement> movements(Actor actor, LocalDate from, LocalDate to);
}

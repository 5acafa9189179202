package org.ejournal.api.finalmark;

import java.util.List;

import org.ejournal.api.Actor;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Final marks: read the sheet with suggestions, enter marks in the entry window, override after it.
 * Every method asks the access policy; every change is audited (who, when, address, old, new).
 */
@ProviderType
public interface FinalMarkService {

    /**
     * The assignments of a class whose final marks the actor may read (a teacher: own ones; the class
     * teacher and the administration: all of the class), ordered by subject.
     */
    List<AssignmentSummary> assignments(Actor actor, long classId);

    /** The periods of the assignment's class that take final marks, in order (the year is not among them). */
    List<StudyPeriodSummary> periods(Actor actor, long assignmentId);

    /** The sheet of a period. */
    FinalMarkSheet sheet(Actor actor, long assignmentId, long periodId);

    /** The sheet of year marks (suggested from the periods' final marks). */
    FinalMarkSheet yearSheet(Actor actor, long assignmentId);

    /**
     * Enters, changes or (with {@code value == null}) removes a final mark, by the assignment's teacher
     * inside the entry window.
     *
     * @param address         the client's address for the audit trail
     * @param periodId        a period from {@link #periods}, or 0 for the year mark
     * @param expectedVersion the version the user saw ({@link FinalMarkRow#version()})
     * @return the row after the change
     * @throws org.ejournal.api.ValidationException when outside the window or the value is not allowed
     * @throws FinalMarkConflictException when someone else changed the mark meanwhile
     */
    FinalMarkRow set(Actor actor, String address, long assignmentId, long periodId, long studentId, String value,
                     int expectedVersion);

    /**
     * An administrator's change after the deadline (or of a locked period), with a mandatory reason kept
     * on the mark and in the audit trail.
     */
    FinalMarkRow override(Actor actor, String address, long assignmentId, long periodId, long studentId, String value,
                          String reason, int expectedVersion);
}

package org.ejournal.api.movement;

import java.time.LocalDate;

/**
 * One stay of a student in a class: a row of the movement history, never overwritten.
 *
 * @param id          the enrollment id
 * @param studentId   the student
 * @param classId     the class
 * @param className   "5А"
 * @param yearName    "2026/2027"
 * @param start       first day in the class
 * @param end         last day in the class (inclusive), {@code null} while still there
 * @param startReason ENROLLED, ARRIVED, TRANSFERRED, PROMOTED
 * @param startNote   for an arrival: where from, else {@code null}
 * @param endReason   LEFT, TRANSFERRED, PROMOTED, GRADUATED, or {@code null} while open
 * @param endCause    for a departure: the {@link DepartureCause} name, else {@code null}
 * @param endNote     for a departure: the destination; for a transfer: the new class
 */
public record EnrollmentRecord(long id, long studentId, long classId, String className, String yearName,
                               LocalDate start, LocalDate end, String startReason, String startNote,
                               String endReason, String endCause, String endNote) {

    /** Whether the student is still in this class (no end date). */
    public boolean open() {
        return end == null;
    }
}

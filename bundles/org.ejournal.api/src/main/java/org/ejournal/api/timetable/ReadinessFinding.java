package org.ejournal.api.timetable;

/**
 * One problem found by the readiness check.
 *
 * @param kind     what is missing
 * @param objectId the class, assignment, student or parent concerned (see {@link ReadinessKind})
 * @param classId  the class it belongs to (for a parent: of the first child), for links; 0 when none
 * @param label    what to show: "5А", "5А · Математика · Иванова М. П.", "Абрамова Софья Игоревна (5А)"
 */
public record ReadinessFinding(ReadinessKind kind, long objectId, long classId, String label) {
}

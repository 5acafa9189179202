package org.ejournal.api.movement;

import java.time.LocalDate;

/**
 * An academic year of the school.
 *
 * @param id       the year
 * @param name     "2026/2027"
 * @param start    first day
 * @param end      last day
 * @param promoted whether its promotion into the next year has been run
 */
public record AcademicYearInfo(long id, String name, LocalDate start, LocalDate end, boolean promoted) {
}

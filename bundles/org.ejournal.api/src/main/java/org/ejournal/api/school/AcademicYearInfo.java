package org.ejournal.api.school;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An academic year of a school.
 *
 * @param id    year id
 * @param name  e.g. "2026/2027"
 * @param start first day
 * @param end   last day (inclusive)
 */
public record AcademicYearInfo(long id, String name, LocalDate start, LocalDate end) {
    public AcademicYearInfo {
        Objects.requireNonNull(name, "name");
    }

    /** Whether the date lies inside the year (both ends inclusive). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}

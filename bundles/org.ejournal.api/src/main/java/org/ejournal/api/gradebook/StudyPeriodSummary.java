package org.ejournal.api.gradebook;

import java.time.LocalDate;

/**
 * A study period (quarter, trimester, half-year, year).
 *
 * @param id                 period id
 * @param name               "I четверть"
 * @param start              first day
 * @param end                last day
 * @param finalMarkDeadline  last day final marks may be entered (school's order)
 */
public record StudyPeriodSummary(long id, String name, LocalDate start, LocalDate end, LocalDate finalMarkDeadline) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}

package org.ejournal.api.timetable;

import java.time.LocalDate;

/**
 * A study period lessons can be generated for.
 *
 * @param id        study period id
 * @param scheme    QUARTERS, HALF_YEARS, …
 * @param name      "I четверть"
 * @param startDate first day
 * @param endDate   last day
 * @param locked    whether the period is closed (nothing may be written into it)
 */
public record PeriodOption(long id, String scheme, String name, LocalDate startDate, LocalDate endDate,
                           boolean locked) {
}

package org.ejournal.api.school;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A study period (quarter, trimester, half-year) of one scheme of a year.
 *
 * @param id                period id
 * @param yearId            the academic year
 * @param scheme            the period scheme it belongs to
 * @param ordinal           1.. within the scheme, in date order
 * @param name              e.g. "I четверть"
 * @param start             first day
 * @param end               last day (inclusive)
 * @param finalMarkDeadline the last day final marks may be entered (school's order); never before {@code end}
 * @param lockedAt          when the period was locked (UTC), or {@code null}; nothing may be written into a
 *                          locked period's journal
 */
public record StudyPeriodInfo(long id, long yearId, PeriodScheme scheme, int ordinal, String name, LocalDate start,
                              LocalDate end, LocalDate finalMarkDeadline, LocalDateTime lockedAt) {

    public boolean locked() {
        return lockedAt != null;
    }
}

package org.ejournal.api.school;

import java.time.LocalDate;

/**
 * A vacation or holiday of an academic year: no lessons on these dates.
 *
 * @param id     holiday id
 * @param yearId the academic year
 * @param kind   vacation or holiday
 * @param name   e.g. "Осенние каникулы"
 * @param start  first day
 * @param end    last day (inclusive)
 */
public record HolidayInfo(long id, long yearId, HolidayKind kind, String name, LocalDate start, LocalDate end) {
}

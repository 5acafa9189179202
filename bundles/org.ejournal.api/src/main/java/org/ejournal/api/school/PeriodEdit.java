package org.ejournal.api.school;

import java.time.LocalDate;

/**
 * What a user enters for a study period.
 *
 * @param name              e.g. "I четверть" (required, at most 50 characters)
 * @param start             first day
 * @param end               last day (inclusive)
 * @param finalMarkDeadline deadline of final marks by the school's order (not before {@code end})
 */
public record PeriodEdit(String name, LocalDate start, LocalDate end, LocalDate finalMarkDeadline) {
}

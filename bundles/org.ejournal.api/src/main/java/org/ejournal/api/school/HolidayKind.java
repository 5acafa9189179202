package org.ejournal.api.school;

/** A vacation (каникулы) or a public holiday (праздничный день); names under {@code school.holiday.<NAME>}. */
public enum HolidayKind {
    VACATION,
    HOLIDAY
}

package org.ejournal.api.school;

/**
 * How a class's year is divided for final marks. The Russian names live in message bundles under
 * {@code school.scheme.<NAME>}.
 */
public enum PeriodScheme {
    /** четверти (usually grades 1–9). */
    QUARTERS,
    /** триместры. */
    TRIMESTERS,
    /** полугодия (often grades 10–11). */
    HALF_YEARS
}

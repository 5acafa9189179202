package org.ejournal.api.timetable;

import java.time.LocalDate;
import java.util.List;

/**
 * The readiness check of an academic year.
 *
 * @param academicYearId the year checked
 * @param yearName       "2026/2027"
 * @param yearStart      its first day (1 September)
 * @param findings       problems, grouped by kind in the order of {@link ReadinessKind}, then by label
 */
public record ReadinessReport(long academicYearId, String yearName, LocalDate yearStart,
                              List<ReadinessFinding> findings) {

    public ReadinessReport {
        findings = List.copyOf(findings);
    }

    /** The findings of one kind. */
    public List<ReadinessFinding> of(ReadinessKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Whether nothing was found. */
    public boolean ready() {
        return findings.isEmpty();
    }
}

package org.ejournal.demo;

import java.time.Duration;
import java.util.Map;

/**
 * What a generator run wrote.
 *
 * @param rowCounts rows per table after the run (whole database)
 * @param elapsed   how long the run took, password hashing included
 */
public record DemoSummary(Map<String, Long> rowCounts, Duration elapsed) {

    public DemoSummary {
        rowCounts = Map.copyOf(rowCounts);
    }

    /** Rows of one table (0 when unknown). */
    public long count(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }

    @Override
    public String toString() {
        return "demo data in " + elapsed.toMillis() + " ms: " + new java.util.TreeMap<>(rowCounts);
    }
}

package org.ejournal.api.journal;

import java.util.List;
import java.util.OptionalDouble;

import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;

/**
 * The weighted average of DOMAIN.md, in one place for the journal, the diary and final marks:
 * Σ(mᵢ·wᵢ) / Σwᵢ over the numeric marks of a grading scale; "зач", "незач", "осв" are not counted; a double
 * mark ("4/5") counts as two marks of the work's weight.
 */
public final class WeightedAverage {

    private WeightedAverage() {
    }

    /** One stored cell value with the weight of its work. */
    public record Entry(String value, int weight) {
    }

    /** The average of the entries; empty when none has a numeric mark. */
    public static OptionalDouble of(GradingScale scale, List<Entry> entries) {
        long weightedSum = 0;
        long weightSum = 0;
        for (Entry e : entries) {
            int weight = Math.max(e.weight(), 1);
            for (int mark : scale.numericValues(e.value())) {
                weightedSum += (long) mark * weight;
                weightSum += weight;
            }
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) weightedSum / weightSum);
    }

    /** The average of one journal row: cells aligned with columns, each cell's marks with its column's weight. */
    public static OptionalDouble of(GradingScale scale, List<JournalColumn> columns, List<JournalCell> cells) {
        List<Entry> entries = new java.util.ArrayList<>();
        int n = Math.min(columns.size(), cells.size());
        for (int i = 0; i < n; i++) {
            for (String value : cells.get(i).marks()) {
                entries.add(new Entry(value, columns.get(i).weight()));
            }
        }
        return of(scale, entries);
    }

    /** Rounded to two decimals for display ("4,62" in Russian formatting is the caller's business). */
    public static double round2(double average) {
        return Math.round(average * 100.0) / 100.0;
    }
}

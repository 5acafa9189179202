package org.ejournal.ui.journal.internal;

import java.util.List;
import java.util.OptionalDouble;

import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;

/**
 * The weighted average of DOMAIN.md: Σ(mᵢ·wᵢ) / Σwᵢ over numeric marks. Non-numeric marks
 * ("зач", "незач", "осв", "н/а") are not counted; a double mark ("4/5") counts as two marks.
 *
 * <p>Shown only as a hint in the read-only grid; the final-mark policy that a school configures
 * will own this rule once final marks are written, and this class should then ask it.
 */
public final class WeightedAverage {

    private WeightedAverage() {
    }

    /** The average of one student's cells, aligned with {@code columns}; empty when no numeric mark. */
    public static OptionalDouble of(List<JournalColumn> columns, List<JournalCell> cells) {
        long weightedSum = 0;
        long weightSum = 0;
        int n = Math.min(columns.size(), cells.size());
        for (int i = 0; i < n; i++) {
            int weight = Math.max(columns.get(i).weight(), 1);
            for (String mark : cells.get(i).marks()) {
                Integer value = numeric(mark);
                if (value != null) {
                    weightedSum += (long) value * weight;
                    weightSum += weight;
                }
            }
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) weightedSum / weightSum);
    }

    /** The value of a numeric mark of the 1–5 scale, or {@code null} for anything else. */
    static Integer numeric(String mark) {
        String m = mark.trim();
        if (m.length() == 1 && m.charAt(0) >= '1' && m.charAt(0) <= '5') {
            return m.charAt(0) - '0';
        }
        return null;
    }
}

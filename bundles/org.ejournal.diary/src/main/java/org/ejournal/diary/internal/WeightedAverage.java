package org.ejournal.diary.internal;

import java.util.List;

import org.ejournal.api.diary.DiaryMark;

/**
 * The weighted average of DOMAIN.md: Σ(mᵢ·wᵢ) / Σwᵢ over numeric marks of the 1–5 scale; "зач",
 * "незач", "осв" are not counted; a double mark ("4/5", one value of one cell since V4) counts as two
 * marks of the work's weight.
 */
final class WeightedAverage {

    private WeightedAverage() {
    }

    /** The average, or {@code null} when no mark is numeric. */
    static Double of(List<DiaryMark> marks) {
        long weighted = 0;
        long weights = 0;
        for (DiaryMark m : marks) {
            for (String part : (m.value() == null ? "" : m.value()).split("/")) {
                Integer value = numeric(part);
                if (value != null) {
                    int w = Math.max(1, m.weight());
                    weighted += (long) value * w;
                    weights += w;
                }
            }
        }
        return weights == 0 ? null : (double) weighted / weights;
    }

    static Integer numeric(String mark) {
        String m = mark == null ? "" : mark.trim();
        return m.length() == 1 && m.charAt(0) >= '1' && m.charAt(0) <= '5' ? m.charAt(0) - '0' : null;
    }
}

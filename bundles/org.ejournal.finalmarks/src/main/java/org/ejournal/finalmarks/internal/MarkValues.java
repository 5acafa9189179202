package org.ejournal.finalmarks.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading the numbers out of a cell value of the 1–5 scale: «5» is one mark, «4/5» two (a double mark
 * counts twice), «зач», «незач», «осв», «н/а» none.
 */
final class MarkValues {

    private MarkValues() {
    }

    static List<Integer> numeric(String value) {
        List<Integer> result = new ArrayList<>(2);
        for (String part : value.split("/")) {
            String p = part.trim();
            if (p.length() == 1 && p.charAt(0) >= '1' && p.charAt(0) <= '5') {
                result.add(p.charAt(0) - '0');
            }
        }
        return result;
    }

    /** Running Σ(mᵢ·wᵢ) and Σwᵢ of one student (DOMAIN.md weighted average). */
    static final class Average {
        private long weightedSum;
        private long weightSum;
        private int count;

        void add(String cellValue, int weight) {
            int w = Math.max(weight, 1);
            for (int mark : numeric(cellValue)) {
                weightedSum += (long) mark * w;
                weightSum += w;
                count++;
            }
        }

        Double value() {
            return weightSum == 0 ? null : (double) weightedSum / weightSum;
        }

        int count() {
            return count;
        }
    }
}

package org.ejournal.finalmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.ejournal.api.journal.FivePointScale;
import org.ejournal.api.journal.GradingScale;
import org.ejournal.api.journal.WeightedAverage;

/**
 * Reading the numbers out of a cell value of the 1–5 scale: «5» is one mark, «4/5» two (a double mark
 * counts twice), «зач», «незач», «осв», «н/а» none. The scale and the weighted average are the api's
 * ({@link FivePointScale}, {@link WeightedAverage}): the journal's «Ср.» column and the suggestion agree.
 */
final class MarkValues {

    private static final GradingScale SCALE = new FivePointScale();

    private MarkValues() {
    }

    static List<Integer> numeric(String value) {
        return SCALE.numericValues(value);
    }

    /** The marks of one student with their works' weights (DOMAIN.md weighted average). */
    static final class Average {
        private final List<WeightedAverage.Entry> entries = new ArrayList<>();
        private int count;

        void add(String cellValue, int weight) {
            entries.add(new WeightedAverage.Entry(cellValue, weight));
            count += numeric(cellValue).size();
        }

        Double value() {
            OptionalDouble average = WeightedAverage.of(SCALE, entries);
            return average.isPresent() ? average.getAsDouble() : null;
        }

        int count() {
            return count;
        }
    }
}

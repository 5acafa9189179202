package org.ejournal.api.finalmark;

import java.util.List;
import java.util.Map;

/**
 * What a {@link FinalMarkPolicy} may know about one student in one period.
 *
 * @param year             whether this is the year mark (then {@code periodFinalMarks} matter, not marks)
 * @param average          the weighted average Σ(mᵢ·wᵢ)/Σwᵢ over numeric marks, {@code null} without any
 * @param numericMarks     how many numeric marks (a double mark counts twice)
 * @param lessons          lessons of the assignment held in the period up to the day of the sheet
 * @param missedLessons    of those, lessons the student missed (codes marked absent; late does not count)
 * @param periodFinalMarks for the year: the final marks of the periods in order (may hold «н/а», empty if none)
 * @param settings         the school's settings (names in {@link FinalMarkPolicy}); missing ones mean defaults
 */
public record FinalMarkFacts(boolean year, Double average, int numericMarks, int lessons, int missedLessons,
                             List<String> periodFinalMarks, Map<String, String> settings) {

    public FinalMarkFacts {
        periodFinalMarks = List.copyOf(periodFinalMarks);
        settings = Map.copyOf(settings);
    }
}

package org.ejournal.finalmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ejournal.api.finalmark.FinalMarkFacts;
import org.ejournal.api.finalmark.FinalMarkPolicy;
import org.ejournal.api.finalmark.FinalMarkSuggestion;
import org.ejournal.api.finalmark.FinalMarkSuggestion.Basis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default policy of DOMAIN.md on hand-computed cases, with the school's settings and without. */
class DefaultFinalMarkPolicyTest {

    final DefaultFinalMarkPolicy policy = new DefaultFinalMarkPolicy();

    FinalMarkSuggestion period(String cells, int lessons, int missed, Map<String, String> settings) {
        MarkValues.Average average = new MarkValues.Average();
        for (String cell : cells.split(" ")) {
            String[] valueAndWeight = cell.split("x");
            average.add(valueAndWeight[0], valueAndWeight.length > 1 ? Integer.parseInt(valueAndWeight[1]) : 1);
        }
        return policy.suggest(new FinalMarkFacts(false, average.value(), average.count(), lessons, missed, List.of(),
                settings));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        // marks (value x weight); suggested mark — (5+4+5)/3 = 4.67; (5+4)/2 = 4.50 exactly rounds up
        "5 4 5; 5", "5 4; 5", "4 4 5x1 3; 4",
        // (3·1 + 4·3 + 4·1)/5 = 3.80 → 4 ; (3·3 + 4 + 4)/5 = 3.40 → 3
        "3 4x3 4; 4", "3x3 4 4; 3",
        // a double mark counts twice: 4/5 and 3 → (4+5+3)/3 = 4.00
        "4/5 3; 4",
        // «зач» and «осв» are not counted: only 2 and 3 → 2.50 → 3
        "2 зач 3 осв; 3", "2 2 3; 2"})
    void roundsTheWeightedAverageMathematically(String cells, String expected) {
        FinalMarkSuggestion s = period(cells, 10, 0, Map.of(FinalMarkPolicy.MIN_MARKS, "1"));
        assertEquals(expected, s.value());
        assertEquals(Basis.AVERAGE, s.basis());
    }

    @Test
    void schoolThresholdsReplaceTheDefaults() {
        Map<String, String> strict = Map.of(FinalMarkPolicy.THRESHOLD_5, "4.60", FinalMarkPolicy.THRESHOLD_4, "3,60",
                FinalMarkPolicy.THRESHOLD_3, "2.60", FinalMarkPolicy.MIN_MARKS, "1");
        assertEquals("4", period("5 4", 10, 0, strict).value(), "4.50 is below 4.60");
        assertEquals("3", period("4 3x4", 10, 0, strict).value(), "3.20 is below 3.60 (comma accepted)");
        assertEquals("2", period("3 2", 10, 0, strict).value(), "2.50 is below 2.60");
        assertEquals("5", period("5 4", 10, 0, Map.of(FinalMarkPolicy.THRESHOLD_5, "не число", FinalMarkPolicy.MIN_MARKS, "1")).value(),
                "an unreadable setting falls back to the default");
    }

    @Test
    void tooFewMarksSuggestNotAttested() {
        assertEquals(new FinalMarkSuggestion("н/а", Basis.TOO_FEW_MARKS), period("5 5", 10, 0, Map.of()));
        assertEquals(new FinalMarkSuggestion("5", Basis.AVERAGE),
                period("5 5", 10, 0, Map.of(FinalMarkPolicy.MIN_MARKS, "2")));
        assertEquals(new FinalMarkSuggestion("н/а", Basis.TOO_FEW_MARKS), period("зач зач зач", 10, 0, Map.of()),
                "non-numeric marks do not count towards the minimum");
    }

    @Test
    void moreThanHalfOfTheLessonsMissedSuggestsNotAttested() {
        assertEquals("5", period("5 5 5", 10, 5, Map.of()).value(), "exactly half is not more than half");
        assertEquals(new FinalMarkSuggestion("н/а", Basis.TOO_MANY_MISSED), period("5 5 5", 10, 6, Map.of()));
        assertEquals("5", period("5 5 5", 10, 6, Map.of(FinalMarkPolicy.MAX_MISSED_SHARE, "0.7")).value());
    }

    @Test
    void nothingToGoOnSuggestsNothing() {
        assertEquals(new FinalMarkSuggestion(null, Basis.NONE), policy.suggest(new FinalMarkFacts(false, null, 0, 0, 0,
                List.of(), Map.of())));
    }

    FinalMarkSuggestion year(String... periodMarks) {
        return policy.suggest(new FinalMarkFacts(true, null, 0, 0, 0, Arrays.asList(periodMarks), Map.of()));
    }

    @Test
    void yearMarkFromThePeriodsFinalMarks() {
        assertEquals(new FinalMarkSuggestion("5", Basis.PERIOD_MARKS), year("5", "4", "4", "5"), "4.50");
        assertEquals("4", year("4", "4", "3", "4").value(), "3.75");
        assertEquals("3", year("4", "2", "3", "3").value(), "3.00");
        assertEquals("4", year("н/а", "4", "4", "5").value(), "н/а does not count when other marks exist");
        assertEquals(new FinalMarkSuggestion("н/а", Basis.PERIOD_MARKS), year("н/а", "н/а"));
        assertEquals(new FinalMarkSuggestion(null, Basis.NONE), year());
    }

    @Test
    void offersTheValuesOfDomain() {
        assertEquals(List.of("5", "4", "3", "2", "1", "н/а", "зач", "осв"), policy.allowedValues());
    }
}

package org.ejournal.finalmarks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ejournal.api.finalmark.FinalMarkFacts;
import org.ejournal.api.finalmark.FinalMarkPolicy;
import org.ejournal.api.finalmark.FinalMarkSuggestion;
import org.ejournal.api.finalmark.FinalMarkSuggestion.Basis;
import org.osgi.service.component.annotations.Component;

/**
 * The default final-mark policy of DOMAIN.md: mathematical rounding of the weighted average (≥ 4.50 → 5,
 * ≥ 3.50 → 4, ≥ 2.50 → 3, else 2), thresholds overridable per school by settings; «н/а» with fewer
 * than 3 numeric marks or more than half of the lessons missed. The year mark: the same thresholds on
 * the mean of the periods' numeric final marks. Registered with ranking 0 so a school's add-on wins.
 */
@Component(service = FinalMarkPolicy.class, property = "service.ranking:Integer=0")
public final class DefaultFinalMarkPolicy implements FinalMarkPolicy {

    static final String NOT_ATTESTED = "н/а";
    private static final List<String> VALUES = List.of("5", "4", "3", "2", "1", NOT_ATTESTED, "зач", "осв");

    @Override
    public FinalMarkSuggestion suggest(FinalMarkFacts facts) {
        Map<String, String> settings = facts.settings();
        if (facts.year()) {
            return yearSuggestion(facts.periodFinalMarks(), settings);
        }
        if (facts.lessons() > 0 && facts.missedLessons() > 0) {
            BigDecimal share = BigDecimal.valueOf(facts.missedLessons())
                    .divide(BigDecimal.valueOf(facts.lessons()), 4, java.math.RoundingMode.HALF_UP);
            if (share.compareTo(decimal(settings, MAX_MISSED_SHARE, "0.5")) > 0) {
                return new FinalMarkSuggestion(NOT_ATTESTED, Basis.TOO_MANY_MISSED);
            }
        }
        if (facts.average() == null && facts.lessons() == 0) {
            return new FinalMarkSuggestion(null, Basis.NONE);
        }
        if (facts.numericMarks() < decimal(settings, MIN_MARKS, "3").intValue()) {
            return new FinalMarkSuggestion(NOT_ATTESTED, Basis.TOO_FEW_MARKS);
        }
        return new FinalMarkSuggestion(byThresholds(facts.average(), settings), Basis.AVERAGE);
    }

    private static FinalMarkSuggestion yearSuggestion(List<String> periodMarks, Map<String, String> settings) {
        List<Integer> numeric = new ArrayList<>();
        boolean notAttested = false;
        for (String mark : periodMarks) {
            if (mark == null) {
                continue;
            }
            List<Integer> values = MarkValues.numeric(mark);
            numeric.addAll(values);
            notAttested |= NOT_ATTESTED.equals(mark);
        }
        if (numeric.isEmpty()) {
            return notAttested ? new FinalMarkSuggestion(NOT_ATTESTED, Basis.PERIOD_MARKS)
                    : new FinalMarkSuggestion(null, Basis.NONE);
        }
        double mean = numeric.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return new FinalMarkSuggestion(byThresholds(mean, settings), Basis.PERIOD_MARKS);
    }

    static String byThresholds(double average, Map<String, String> settings) {
        if (average >= decimal(settings, THRESHOLD_5, "4.50").doubleValue()) {
            return "5";
        }
        if (average >= decimal(settings, THRESHOLD_4, "3.50").doubleValue()) {
            return "4";
        }
        if (average >= decimal(settings, THRESHOLD_3, "2.50").doubleValue()) {
            return "3";
        }
        return "2";
    }

    /** A setting as a number; a missing or unreadable setting falls back to the default. */
    private static BigDecimal decimal(Map<String, String> settings, String name, String fallback) {
        String value = settings.get(name);
        if (value != null) {
            try {
                return new BigDecimal(value.trim().replace(',', '.'));
            } catch (NumberFormatException ignored) {
                // A setting typed badly must not stop the journal; the default applies.
            }
        }
        return new BigDecimal(fallback);
    }

    @Override
    public List<String> allowedValues() {
        return VALUES;
    }
}

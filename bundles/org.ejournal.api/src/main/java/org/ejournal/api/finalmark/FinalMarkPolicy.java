package org.ejournal.api.finalmark;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Suggests a final mark and names the values a final mark may take. An extension point: a school
 * replaces the default (DOMAIN.md thresholds) by registering its own service with a higher
 * {@code service.ranking}. The suggestion is only shown; the teacher decides.
 */
@ConsumerType
public interface FinalMarkPolicy {

    /** Setting (school_setting) with the lowest average that suggests «5», e.g. "4.50". */
    String THRESHOLD_5 = "finalmark.threshold.5";
    /** Setting with the lowest average that suggests «4», e.g. "3.50". */
    String THRESHOLD_4 = "finalmark.threshold.4";
    /** Setting with the lowest average that suggests «3», e.g. "2.50". */
    String THRESHOLD_3 = "finalmark.threshold.3";
    /** Setting: fewer numeric marks than this in a period suggest «н/а», e.g. "3". */
    String MIN_MARKS = "finalmark.minMarks";
    /** Setting: a share of missed lessons above this suggests «н/а», e.g. "0.5". */
    String MAX_MISSED_SHARE = "finalmark.maxMissedShare";

    /** The suggestion for one student from the facts of the period (or of the year). */
    FinalMarkSuggestion suggest(FinalMarkFacts facts);

    /** The values a final mark may take, in the order the UI offers them (e.g. 5, 4, 3, 2, н/а, зач, осв). */
    List<String> allowedValues();
}

package org.ejournal.api.journal;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A grading scale: which values a mark cell may hold and what they count in averages. Extension point: the
 * journal service uses the registered scale with the highest {@code service.ranking}; the default is
 * {@link FivePointScale} (1–5 with "зач", "незач", "осв"; two marks in a cell, "4/5").
 *
 * <p>A cell holds one stored value; a double mark is one value with both marks ("4/5") and counts twice.
 */
@ConsumerType
public interface GradingScale {

    /** A short stable id ("five-point"). */
    String id();

    /**
     * What the user typed, as the value to store, or empty when it is not a value of this scale. Tolerant of
     * spaces, case and common variants ("4 / 5", "ЗАЧ", "4,5" → "4/5").
     */
    Optional<String> normalize(String input);

    /**
     * The numbers a stored value counts in averages, one per mark: "4/5" → [4, 5], "5" → [5], "зач" → [].
     * Unknown values count nothing.
     */
    List<Integer> numericValues(String value);

    /** The single values of the scale in the order to offer them ("5", "4", "3", "2", "1", "зач", "незач", "осв"). */
    List<String> values();
}

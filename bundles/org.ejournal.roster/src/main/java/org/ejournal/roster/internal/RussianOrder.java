package org.ejournal.roster.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.StudentSummary;

/**
 * Orders as on paper: students by Russian collation of "Фамилия Имя Отчество" (Ё with Е, case
 * ignored), classes by grade and then letter.
 */
final class RussianOrder {

    private RussianOrder() {
    }

    /** A new collator each time: Collator instances are not meant to be shared across threads. */
    static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    static Comparator<StudentSummary> students() {
        return Comparator.<StudentSummary, String>comparing(s -> s.name().full(), collator())
                .thenComparingLong(StudentSummary::id);
    }

    static Comparator<SchoolClassSummary> classes() {
        return Comparator.comparingInt(SchoolClassSummary::grade)
                .thenComparing(SchoolClassSummary::letter, collator())
                .thenComparingLong(SchoolClassSummary::id);
    }
}

package org.ejournal.gradebook.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import org.ejournal.api.roster.StudentSummary;

/**
 * Students in the order of a paper class list: Russian collation of "Фамилия Имя Отчество" (Ё with
 * Е, case ignored), then by id so that namesakes keep a stable order.
 */
final class RussianNameOrder {

    private RussianNameOrder() {
    }

    static Comparator<StudentSummary> students() {
        return Comparator.<StudentSummary, String>comparing(s -> s.name().full(), collator())
                .thenComparingLong(StudentSummary::id);
    }

    /** A new Russian collator: Collator instances are not meant to be shared across threads. */
    static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}

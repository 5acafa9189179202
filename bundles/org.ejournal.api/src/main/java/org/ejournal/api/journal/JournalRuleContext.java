package org.ejournal.api.journal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link JournalRule} may ask about the journal while a write is checked, in the school of the change.
 * Rules see these answers, never the store.
 */
@ProviderType
public interface JournalRuleContext {

    /** Whether the student is enrolled in the class on that date (an enrollment's end date is its last day). */
    boolean enrolled(long studentId, long classId, LocalDate date);

    /**
     * Whether a study period of the class (its period scheme, its academic year) that contains the date is
     * locked by the administration.
     */
    boolean periodLocked(long classId, LocalDate date);

    /**
     * The works of every lesson of the class on that date (all subjects, subgroups included), already stored,
     * by lesson number and creation order.
     */
    List<WorkInfo> worksOfClass(long classId, LocalDate date);
}

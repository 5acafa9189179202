package org.ejournal.ui.journal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ejournal.api.gradebook.StudyPeriodSummary;

/** Which study period the journal opens on. */
public final class DefaultPeriod {

    private DefaultPeriod() {
    }

    /**
     * The period containing {@code today}; in holidays the one that ended last before today (a teacher
     * in the autumn break still looks at the first quarter); otherwise the last period of the year.
     */
    public static Optional<StudyPeriodSummary> choose(List<StudyPeriodSummary> periods, LocalDate today) {
        StudyPeriodSummary lastEnded = null;
        for (StudyPeriodSummary p : periods) {
            if (p.contains(today)) {
                return Optional.of(p);
            }
            if (p.end().isBefore(today) && (lastEnded == null || p.end().isAfter(lastEnded.end()))) {
                lastEnded = p;
            }
        }
        if (lastEnded != null) {
            return Optional.of(lastEnded);
        }
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }
}

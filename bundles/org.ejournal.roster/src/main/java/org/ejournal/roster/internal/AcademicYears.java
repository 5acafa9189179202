package org.ejournal.roster.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.exp.ExpressionFactory;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.store.model.AcademicYear;

/** Which academic year of a school is "current". */
final class AcademicYears {

    private AcademicYears() {
    }

    /**
     * The year containing {@code today}; in the summer the one that started last (the journal of the
     * year just ended is still read); before any year started, the earliest.
     */
    static Optional<AcademicYear> current(ObjectContext context, long schoolId, LocalDate today) {
        List<AcademicYear> years = ObjectSelect.query(AcademicYear.class)
                .where(ExpressionFactory.matchDbExp("school_id", schoolId))
                .orderBy(AcademicYear.START_DATE.asc())
                .select(context);
        Optional<AcademicYear> containing = years.stream()
                .filter(y -> !today.isBefore(y.getStartDate()) && !today.isAfter(y.getEndDate())).findFirst();
        if (containing.isPresent()) {
            return containing;
        }
        Optional<AcademicYear> lastStarted = years.stream().filter(y -> !today.isBefore(y.getStartDate()))
                .max(Comparator.comparing(AcademicYear::getStartDate));
        return lastStarted.isPresent() ? lastStarted : years.stream().findFirst();
    }
}

package org.ejournal.store.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.cayenne.ObjectContext;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.model.auto._AcademicYear;

/** An academic year of a school, e.g. 2026/2027 (1 Sep - 31 May). */
public class AcademicYear extends _AcademicYear {

    private static final long serialVersionUID = 1L;

    /**
     * The school's "current" year: the one containing {@code today}; in the summer the one that started
     * last (the journal of the year just ended is still read); before any year started, the earliest.
     * The one place this rule lives: roster, gradebook and whatever comes next ask here.
     */
    public static Optional<AcademicYear> current(ObjectContext context, long schoolId, LocalDate today) {
        List<AcademicYear> years = SchoolScope.select(AcademicYear.class, schoolId)
                .orderBy(START_DATE.asc())
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

    /** Cayenne post-add callback (ejournal.map.xml). */
    protected void onPostAdd() {
        applyColumnDefaults();
    }
}

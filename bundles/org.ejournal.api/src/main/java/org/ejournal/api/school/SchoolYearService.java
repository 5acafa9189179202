package org.ejournal.api.school;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Academic years, their study periods per scheme with final-mark deadlines, vacations and holidays, and
 * period locks. Every method asks {@link org.ejournal.api.Operation#SCHOOL_SETUP_MANAGE} on the actor's
 * school (deputy director, director) and works only inside that school: an object of another school is
 * "not found". Bad input is refused with a {@link ValidationException} whose key is one of the constants
 * below, and nothing is written (one transaction per call).
 */
@ProviderType
public interface SchoolYearService {

    /** Message key: name missing or too long. */
    String NAME_REQUIRED = "error.school.nameRequired";
    /** Message key: a date is missing or the start is not before the end. */
    String DATES_INVALID = "error.school.datesInvalid";
    /** Message key: another year of the school has this name. Argument: the name. */
    String YEAR_NAME_TAKEN = "error.school.yearNameTaken";
    /** Message key: the year overlaps another year of the school. Argument: the other year's name. */
    String YEAR_OVERLAP = "error.school.yearOverlap";
    /** Message key: the new year dates would leave periods or holidays outside. Argument: the first one's name. */
    String YEAR_CONTENT_OUTSIDE = "error.school.yearContentOutside";
    /** Message key: the period or holiday lies (partly) outside its year. Argument: the year's name. */
    String OUTSIDE_YEAR = "error.school.outsideYear";
    /** Message key: the period overlaps another period of its scheme. Argument: the other period's name. */
    String PERIOD_OVERLAP = "error.school.periodOverlap";
    /** Message key: the period would not follow the order of its scheme. Argument: the neighbour's name. */
    String PERIOD_ORDER = "error.school.periodOrder";
    /** Message key: the final-mark deadline is missing or before the period's end. */
    String DEADLINE_BEFORE_END = "error.school.deadlineBeforeEnd";
    /** Message key: the period is locked; unlock it first. Argument: the period's name. */
    String PERIOD_LOCKED = "error.school.periodLocked";
    /** Message key: the period is not locked. Argument: the period's name. */
    String PERIOD_NOT_LOCKED = "error.school.periodNotLocked";
    /** Message key: a scheme or kind was not given. */
    String KIND_REQUIRED = "error.school.kindRequired";

    /** The school's academic years, latest first. */
    List<AcademicYearInfo> years(Actor actor);

    /**
     * Creates a year.
     *
     * @throws ValidationException {@value #NAME_REQUIRED}, {@value #DATES_INVALID}, {@value #YEAR_NAME_TAKEN},
     *                             {@value #YEAR_OVERLAP}
     */
    AcademicYearInfo createYear(Actor actor, String name, LocalDate start, LocalDate end);

    /**
     * Changes a year's name and dates; its periods and holidays must stay inside.
     *
     * @throws ValidationException as {@link #createYear}, and {@value #YEAR_CONTENT_OUTSIDE}
     */
    AcademicYearInfo updateYear(Actor actor, long yearId, String name, LocalDate start, LocalDate end);

    /** The year's periods of every scheme, by scheme then ordinal. */
    List<StudyPeriodInfo> periods(Actor actor, long yearId);

    /**
     * Appends a period to a scheme of the year (ordinal = last + 1): inside the year, after the scheme's
     * last period, deadline not before the end.
     *
     * @throws ValidationException {@value #NAME_REQUIRED}, {@value #DATES_INVALID}, {@value #OUTSIDE_YEAR},
     *                             {@value #PERIOD_OVERLAP}, {@value #PERIOD_ORDER}, {@value #DEADLINE_BEFORE_END}
     */
    StudyPeriodInfo addPeriod(Actor actor, long yearId, PeriodScheme scheme, PeriodEdit edit);

    /**
     * Changes a period's name, dates and deadline; it must stay between its neighbours of the scheme.
     *
     * @throws ValidationException as {@link #addPeriod}, and {@value #PERIOD_LOCKED}
     */
    StudyPeriodInfo updatePeriod(Actor actor, long periodId, PeriodEdit edit);

    /**
     * Locks a period: the journal refuses writes into its dates from now on. Audited.
     *
     * @throws ValidationException {@value #PERIOD_LOCKED} when already locked
     */
    StudyPeriodInfo lockPeriod(Actor actor, long periodId);

    /**
     * Unlocks a period. Audited.
     *
     * @throws ValidationException {@value #PERIOD_NOT_LOCKED} when not locked
     */
    StudyPeriodInfo unlockPeriod(Actor actor, long periodId);

    /** The year's vacations and holidays by start date. */
    List<HolidayInfo> holidays(Actor actor, long yearId);

    /**
     * Adds a vacation or holiday inside the year.
     *
     * @throws ValidationException {@value #NAME_REQUIRED}, {@value #DATES_INVALID}, {@value #OUTSIDE_YEAR},
     *                             {@value #KIND_REQUIRED}
     */
    HolidayInfo addHoliday(Actor actor, long yearId, HolidayKind kind, String name, LocalDate start, LocalDate end);

    /** Removes a vacation or holiday entered by mistake; the removal is audited with the old values. */
    void removeHoliday(Actor actor, long holidayId);
}

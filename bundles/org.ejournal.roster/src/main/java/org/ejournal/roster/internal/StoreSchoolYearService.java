package org.ejournal.roster.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.apache.cayenne.ObjectContext;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.school.AcademicYearInfo;
import org.ejournal.api.school.HolidayInfo;
import org.ejournal.api.school.HolidayKind;
import org.ejournal.api.school.PeriodEdit;
import org.ejournal.api.school.PeriodScheme;
import org.ejournal.api.school.SchoolYearService;
import org.ejournal.api.school.StudyPeriodInfo;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Holiday;
import org.ejournal.store.model.School;
import org.ejournal.store.model.StudyPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Years, periods, holidays and period locks from the store. Every call: the policy first
 * ({@code SCHOOL_SETUP_MANAGE} on the actor's school), objects looked up inside the school, every rule
 * checked before anything is changed, one commit.
 */
@Component(service = SchoolYearService.class)
public final class StoreSchoolYearService implements SchoolYearService {

    private static final int YEAR_NAME_LENGTH = 20;
    private static final int PERIOD_NAME_LENGTH = 50;
    private static final int HOLIDAY_NAME_LENGTH = 100;

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreSchoolYearService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests. */
    StoreSchoolYearService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    // --- years

    @Override
    public List<AcademicYearInfo> years(Actor actor) {
        check(actor);
        return SchoolScope.select(AcademicYear.class, actor.schoolId()).orderBy(AcademicYear.START_DATE.desc())
                .select(store.newContext()).stream().map(StoreSchoolYearService::info).toList();
    }

    @Override
    public AcademicYearInfo createYear(Actor actor, String name, LocalDate start, LocalDate end) {
        check(actor);
        ObjectContext context = store.newContext();
        String clean = validateYear(context, actor, null, name, start, end);
        AcademicYear year = context.newObject(AcademicYear.class);
        year.setSchool(org.apache.cayenne.Cayenne.objectForPK(context, School.class, actor.schoolId()));
        year.setName(clean);
        year.setStartDate(start);
        year.setEndDate(end);
        context.commitChanges();
        return info(year);
    }

    @Override
    public AcademicYearInfo updateYear(Actor actor, long yearId, String name, LocalDate start, LocalDate end) {
        check(actor);
        ObjectContext context = store.newContext();
        AcademicYear year = year(context, actor, yearId);
        String clean = validateYear(context, actor, year, name, start, end);
        for (StudyPeriod p : year.getStudyPeriods()) {
            if (p.getStartDate().isBefore(start) || p.getEndDate().isAfter(end)) {
                throw new ValidationException(YEAR_CONTENT_OUTSIDE, p.getName());
            }
        }
        for (Holiday h : holidaysOf(context, year)) {
            if (h.getStartDate().isBefore(start) || h.getEndDate().isAfter(end)) {
                throw new ValidationException(YEAR_CONTENT_OUTSIDE, h.getName());
            }
        }
        year.setName(clean);
        year.setStartDate(start);
        year.setEndDate(end);
        context.commitChanges();
        return info(year);
    }

    private String validateYear(ObjectContext context, Actor actor, AcademicYear self, String name, LocalDate start,
                                LocalDate end) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > YEAR_NAME_LENGTH) {
            throw new ValidationException(NAME_REQUIRED);
        }
        if (start == null || end == null || !start.isBefore(end)) {
            throw new ValidationException(DATES_INVALID);
        }
        for (AcademicYear other : SchoolScope.select(AcademicYear.class, actor.schoolId()).select(context)) {
            if (other == self) {
                continue;
            }
            if (other.getName().equalsIgnoreCase(clean)) {
                throw new ValidationException(YEAR_NAME_TAKEN, clean);
            }
            if (!start.isAfter(other.getEndDate()) && !end.isBefore(other.getStartDate())) {
                throw new ValidationException(YEAR_OVERLAP, other.getName());
            }
        }
        return clean;
    }

    // --- periods

    @Override
    public List<StudyPeriodInfo> periods(Actor actor, long yearId) {
        check(actor);
        AcademicYear year = year(store.newContext(), actor, yearId);
        return year.getStudyPeriods().stream()
                .sorted(Comparator.comparing((StudyPeriod p) -> scheme(p).ordinal()).thenComparing(StudyPeriod::getOrdinal))
                .map(StoreSchoolYearService::info).toList();
    }

    @Override
    public StudyPeriodInfo addPeriod(Actor actor, long yearId, PeriodScheme scheme, PeriodEdit edit) {
        check(actor);
        if (scheme == null) {
            throw new ValidationException(KIND_REQUIRED);
        }
        ObjectContext context = store.newContext();
        AcademicYear year = year(context, actor, yearId);
        String name = validatePeriod(year, edit);
        List<StudyPeriod> siblings = siblings(year, scheme.name(), null);
        checkNeighbours(siblings, Integer.MAX_VALUE, edit);
        int ordinal = siblings.stream().mapToInt(StudyPeriod::getOrdinal).max().orElse(0) + 1;
        StudyPeriod period = context.newObject(StudyPeriod.class);
        period.setSchool(year.getSchool());
        period.setAcademicYear(year);
        period.setScheme(scheme.name());
        period.setOrdinal(ordinal);
        apply(period, name, edit);
        context.commitChanges();
        return info(period);
    }

    @Override
    public StudyPeriodInfo updatePeriod(Actor actor, long periodId, PeriodEdit edit) {
        check(actor);
        ObjectContext context = store.newContext();
        StudyPeriod period = SchoolScope.byId(context, StudyPeriod.class, periodId, actor.schoolId(), "studyPeriod");
        if (period.getLockedAt() != null) {
            throw new ValidationException(PERIOD_LOCKED, period.getName());
        }
        AcademicYear year = period.getAcademicYear();
        String name = validatePeriod(year, edit);
        checkNeighbours(siblings(year, period.getScheme(), period), period.getOrdinal(), edit);
        apply(period, name, edit);
        context.commitChanges();
        return info(period);
    }

    private static String validatePeriod(AcademicYear year, PeriodEdit edit) {
        String name = edit == null || edit.name() == null ? "" : edit.name().strip();
        if (name.isEmpty() || name.length() > PERIOD_NAME_LENGTH) {
            throw new ValidationException(NAME_REQUIRED);
        }
        if (edit.start() == null || edit.end() == null || edit.start().isAfter(edit.end())) {
            throw new ValidationException(DATES_INVALID);
        }
        if (edit.start().isBefore(year.getStartDate()) || edit.end().isAfter(year.getEndDate())) {
            throw new ValidationException(OUTSIDE_YEAR, year.getName());
        }
        if (edit.finalMarkDeadline() == null || edit.finalMarkDeadline().isBefore(edit.end())) {
            throw new ValidationException(DEADLINE_BEFORE_END);
        }
        return name;
    }

    private static List<StudyPeriod> siblings(AcademicYear year, String scheme, StudyPeriod self) {
        return year.getStudyPeriods().stream().filter(p -> p != self && scheme.equals(p.getScheme())).toList();
    }

    /** No overlap with any period of the scheme; earlier ordinals end before it, later ones start after it. */
    private static void checkNeighbours(List<StudyPeriod> siblings, int ordinal, PeriodEdit edit) {
        for (StudyPeriod other : siblings) {
            if (!edit.start().isAfter(other.getEndDate()) && !edit.end().isBefore(other.getStartDate())) {
                throw new ValidationException(PERIOD_OVERLAP, other.getName());
            }
        }
        for (StudyPeriod other : siblings) {
            boolean earlier = other.getOrdinal() < ordinal;
            if (earlier && other.getStartDate().isAfter(edit.end()) || !earlier && other.getEndDate().isBefore(edit.start())) {
                throw new ValidationException(PERIOD_ORDER, other.getName());
            }
        }
    }

    private static void apply(StudyPeriod period, String name, PeriodEdit edit) {
        period.setName(name);
        period.setStartDate(edit.start());
        period.setEndDate(edit.end());
        period.setFinalMarkDeadline(edit.finalMarkDeadline());
    }

    @Override
    public StudyPeriodInfo lockPeriod(Actor actor, long periodId) {
        check(actor);
        ObjectContext context = store.newContext();
        StudyPeriod period = SchoolScope.byId(context, StudyPeriod.class, periodId, actor.schoolId(), "studyPeriod");
        if (period.getLockedAt() != null) {
            throw new ValidationException(PERIOD_LOCKED, period.getName());
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        period.setLockedAt(now);
        period.setLockedBy(actor.accountId());
        SetupAudit.write(context, clock, actor, period.getSchool(), "study_period", periodId, "UPDATE", "locked_at",
                null, now.toString());
        context.commitChanges();
        return info(period);
    }

    @Override
    public StudyPeriodInfo unlockPeriod(Actor actor, long periodId) {
        check(actor);
        ObjectContext context = store.newContext();
        StudyPeriod period = SchoolScope.byId(context, StudyPeriod.class, periodId, actor.schoolId(), "studyPeriod");
        if (period.getLockedAt() == null) {
            throw new ValidationException(PERIOD_NOT_LOCKED, period.getName());
        }
        SetupAudit.write(context, clock, actor, period.getSchool(), "study_period", periodId, "UPDATE", "locked_at",
                period.getLockedAt().toString(), null);
        period.setLockedAt(null);
        period.setLockedBy(null);
        context.commitChanges();
        return info(period);
    }

    // --- holidays

    @Override
    public List<HolidayInfo> holidays(Actor actor, long yearId) {
        check(actor);
        ObjectContext context = store.newContext();
        return holidaysOf(context, year(context, actor, yearId)).stream().map(StoreSchoolYearService::info).toList();
    }

    @Override
    public HolidayInfo addHoliday(Actor actor, long yearId, HolidayKind kind, String name, LocalDate start,
                                  LocalDate end) {
        check(actor);
        ObjectContext context = store.newContext();
        AcademicYear year = year(context, actor, yearId);
        if (kind == null) {
            throw new ValidationException(KIND_REQUIRED);
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > HOLIDAY_NAME_LENGTH) {
            throw new ValidationException(NAME_REQUIRED);
        }
        if (start == null || end == null || start.isAfter(end)) {
            throw new ValidationException(DATES_INVALID);
        }
        if (start.isBefore(year.getStartDate()) || end.isAfter(year.getEndDate())) {
            throw new ValidationException(OUTSIDE_YEAR, year.getName());
        }
        Holiday holiday = context.newObject(Holiday.class);
        holiday.setSchool(year.getSchool());
        holiday.setAcademicYear(year);
        holiday.setKind(kind.name());
        holiday.setName(clean);
        holiday.setStartDate(start);
        holiday.setEndDate(end);
        context.commitChanges();
        return info(holiday);
    }

    @Override
    public void removeHoliday(Actor actor, long holidayId) {
        check(actor);
        ObjectContext context = store.newContext();
        Holiday holiday = SchoolScope.byId(context, Holiday.class, holidayId, actor.schoolId(), "holiday");
        SetupAudit.write(context, clock, actor, holiday.getSchool(), "holiday", holidayId, "DELETE", "", holiday.getKind()
                + " " + holiday.getName() + " " + holiday.getStartDate() + ".." + holiday.getEndDate(), null);
        context.deleteObject(holiday);
        context.commitChanges();
    }

    // --- helpers

    private void check(Actor actor) {
        policy.check(actor, Operation.SCHOOL_SETUP_MANAGE, actor.schoolId());
    }

    private static AcademicYear year(ObjectContext context, Actor actor, long yearId) {
        return SchoolScope.byId(context, AcademicYear.class, yearId, actor.schoolId(), "academicYear");
    }

    private static List<Holiday> holidaysOf(ObjectContext context, AcademicYear year) {
        return org.apache.cayenne.query.ObjectSelect.query(Holiday.class).where(Holiday.ACADEMIC_YEAR.eq(year))
                .orderBy(Holiday.START_DATE.asc()).select(context);
    }

    static PeriodScheme scheme(StudyPeriod p) {
        return schemeOf(p.getScheme());
    }

    static PeriodScheme schemeOf(String value) {
        try {
            return PeriodScheme.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return PeriodScheme.QUARTERS;
        }
    }

    static AcademicYearInfo info(AcademicYear y) {
        return new AcademicYearInfo(y.getId(), y.getName(), y.getStartDate(), y.getEndDate());
    }

    static StudyPeriodInfo info(StudyPeriod p) {
        return new StudyPeriodInfo(p.getId(), p.getAcademicYear().getId(), scheme(p), p.getOrdinal(), p.getName(),
                p.getStartDate(), p.getEndDate(), p.getFinalMarkDeadline(), p.getLockedAt());
    }

    static HolidayInfo info(Holiday h) {
        HolidayKind kind = "HOLIDAY".equals(h.getKind()) ? HolidayKind.HOLIDAY : HolidayKind.VACATION;
        return new HolidayInfo(h.getId(), h.getAcademicYear().getId(), kind, h.getName(), h.getStartDate(), h.getEndDate());
    }
}

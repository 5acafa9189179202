package org.ejournal.timetable.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.ValidationException;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.timetable.AssignmentOption;
import org.ejournal.api.timetable.TimetableService;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.Subgroup;
import org.ejournal.store.model.TeachingAssignment;

/** Shared helpers: names, labels, dates, the year being planned. */
final class Names {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Names() {
    }

    /** Russian collation (Ё with Е), a new instance per call: Collator is not thread-safe. */
    static Collator collator() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        c.setStrength(Collator.SECONDARY);
        return c;
    }

    static PersonName name(Staff s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    static PersonName name(Student s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    static PersonName name(Parent p) {
        return new PersonName(p.getLastName(), p.getFirstName(), p.getMiddleName());
    }

    static String className(SchoolClass c) {
        return c.getGrade() + c.getLetter();
    }

    static AssignmentOption option(TeachingAssignment a) {
        Subgroup g = a.getSubgroup();
        return new AssignmentOption(a.getId(), a.getSchoolClass().getId(), a.getSubject().getName(),
                g == null ? "" : g.getName(), a.getTeacher().getId(), name(a.getTeacher()).shortForm());
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    /**
     * The year being planned: the running academic year or, in the summer, the coming one — the earliest year
     * of the school that has not ended on {@code today}.
     */
    static AcademicYear planningYear(ObjectContext context, long schoolId, LocalDate today) {
        AcademicYear year = ObjectSelect.query(AcademicYear.class).where(SchoolScope.of(schoolId))
                .and(AcademicYear.END_DATE.gte(today)).orderBy(AcademicYear.START_DATE.asc()).limit(1)
                .selectFirst(context);
        if (year == null) {
            throw new ValidationException(TimetableService.NO_YEAR);
        }
        return year;
    }
}

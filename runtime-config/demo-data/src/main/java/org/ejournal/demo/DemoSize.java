package org.ejournal.demo;

import java.time.LocalDate;

/**
 * How much demo data to generate.
 *
 * @param schools           number of schools (tenants); the named demo accounts go to the first
 * @param studentsPerSchool students in each school (about 26 per class, 2–3 classes per grade by default)
 * @param weeks             weeks of lessons, marks and absences from the start of the academic year
 * @param seed              random seed: the same parameters give the same data
 * @param today             the date the academic year is chosen from (1 Sep – 31 May containing it;
 *                          in June–August the coming year)
 */
public record DemoSize(int schools, int studentsPerSchool, int weeks, long seed, LocalDate today) {

    public DemoSize {
        if (schools < 1 || studentsPerSchool < 40 || weeks < 0 || weeks > 40 || today == null) {
            throw new IllegalArgumentException("schools >= 1, studentsPerSchool >= 40, 0 <= weeks <= 40, today set: "
                    + schools + ", " + studentsPerSchool + ", " + weeks + ", " + today);
        }
    }

    /** The demo: one school of 700 students, 8 weeks (the I quarter), seed 7, today. */
    public static DemoSize defaults() {
        return new DemoSize(1, 700, 8, 7L, LocalDate.now());
    }

    /** A small school for service tests: 150 students, 2 weeks. Has every named account and class. */
    public static DemoSize small() {
        return new DemoSize(1, 150, 2, 7L, LocalDate.now());
    }

    /**
     * Whole weeks from 1 September of the academic year containing {@code today} up to {@code today}
     * (at least 1), so the running period has lessons as a school's journal would on that day and no
     * marks lie in the future.
     * In June–August, when the demo year is the coming one, the I quarter's 8 weeks.
     */
    public static int weeksUntil(LocalDate today) {
        int month = today.getMonthValue();
        if (month >= 6 && month <= 8) {
            return 8;
        }
        LocalDate yearStart = LocalDate.of(month >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(yearStart, today) + 1;
        return (int) Math.max(1, Math.min(40, days / 7));
    }

    public DemoSize withSchools(int count) {
        return new DemoSize(count, studentsPerSchool, weeks, seed, today);
    }

    public DemoSize withStudentsPerSchool(int count) {
        return new DemoSize(schools, count, weeks, seed, today);
    }

    public DemoSize withWeeks(int count) {
        return new DemoSize(schools, studentsPerSchool, count, seed, today);
    }

    public DemoSize withSeed(long value) {
        return new DemoSize(schools, studentsPerSchool, weeks, value, today);
    }

    public DemoSize withToday(LocalDate date) {
        return new DemoSize(schools, studentsPerSchool, weeks, seed, date);
    }
}

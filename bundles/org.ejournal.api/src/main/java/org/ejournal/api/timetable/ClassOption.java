package org.ejournal.api.timetable;

/**
 * A class of the year being planned, for the class selector of the timetable.
 *
 * @param id             class id
 * @param academicYearId its academic year
 * @param grade          1..11
 * @param letter         "А", "Б", …
 * @param periodScheme   QUARTERS, HALF_YEARS, …
 */
public record ClassOption(long id, long academicYearId, int grade, String letter, String periodScheme) {

    /** "5А". */
    public String name() {
        return grade + letter;
    }
}

package org.ejournal.api.roster;

/**
 * A class of a school year.
 *
 * @param id               class id
 * @param academicYearId   the academic year
 * @param grade            1..11
 * @param letter           "А", "Б", …
 * @param classTeacherId   staff id of the class teacher, or {@code null}
 * @param classTeacherName the class teacher's full name, or empty
 * @param studentCount     students enrolled today
 */
public record SchoolClassSummary(long id, long academicYearId, int grade, String letter, Long classTeacherId,
                                 String classTeacherName, int studentCount) {

    /** "5А". */
    public String name() {
        return grade + letter;
    }
}

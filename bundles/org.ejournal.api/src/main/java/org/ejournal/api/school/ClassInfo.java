package org.ejournal.api.school;

/**
 * A class of an academic year as the setup screens show it.
 *
 * @param id               class id
 * @param yearId           the academic year
 * @param grade            1..11
 * @param letter           "А", "Б", …
 * @param classTeacherId   staff id of the class teacher, or {@code null}
 * @param classTeacherName the class teacher's full name, or empty
 * @param scheme           the class's period scheme
 * @param studentCount     students enrolled today
 */
public record ClassInfo(long id, long yearId, int grade, String letter, Long classTeacherId, String classTeacherName,
                        PeriodScheme scheme, int studentCount) {

    /** "5А". */
    public String name() {
        return grade + letter;
    }
}

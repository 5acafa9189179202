package org.ejournal.api.timetable;

/**
 * A teaching assignment of a class (the whole class or one subgroup), as offered in the slot dialog.
 *
 * @param id           assignment id
 * @param classId      the class
 * @param subjectName  "Математика"
 * @param subgroupName "группа 1", or empty for the whole class
 * @param teacherId    staff id of the assignment's teacher
 * @param teacherName  "Фамилия И. О."
 */
public record AssignmentOption(long id, long classId, String subjectName, String subgroupName, long teacherId,
                               String teacherName) {

    /** "Математика · Иванова М. П." or "Английский язык (группа 1) · Петров П. П.". */
    public String label() {
        return subjectName + (subgroupName.isEmpty() ? "" : " (" + subgroupName + ")") + " · " + teacherName;
    }
}

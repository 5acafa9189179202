package org.ejournal.api.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Classes, subjects, teaching assignments, subgroups and substitutions. Every method asks
 * {@link org.ejournal.api.Operation#SCHOOL_SETUP_MANAGE} on the actor's school (deputy director,
 * director) and works only inside it: an object of another school is "not found". Bad input is refused
 * with a {@link ValidationException} (keys below) and nothing is written. Nothing is deleted silently:
 * subgroups are deactivated, substitutions cancelled; an assignment can be removed only while nothing
 * refers to it (no lessons, timetable, final marks or substitutions), and the removal is audited.
 */
@ProviderType
public interface StaffingService {

    /** Message key: grade outside 1–11. */
    String GRADE_INVALID = "error.staffing.gradeInvalid";
    /** Message key: letter missing, longer than 3 or not letters. */
    String LETTER_INVALID = "error.staffing.letterInvalid";
    /** Message key: the year already has this class. Argument: "5А". */
    String CLASS_EXISTS = "error.staffing.classExists";
    /** Message key: the staff member is unknown or deactivated. */
    String STAFF_INACTIVE = "error.staffing.staffInactive";
    /** Message key: subject name missing or too long (100; short name 30). */
    String SUBJECT_NAME_REQUIRED = "error.staffing.subjectNameRequired";
    /** Message key: the school already has a subject with this name. Argument: the name. */
    String SUBJECT_EXISTS = "error.staffing.subjectExists";
    /** Message key: hours per week outside 0.5–40 or not a multiple of 0.5. */
    String HOURS_INVALID = "error.staffing.hoursInvalid";
    /** Message key: the subgroup is not of this class and subject, or inactive. */
    String SUBGROUP_MISMATCH = "error.staffing.subgroupMismatch";
    /** Message key: the same class (subgroup) and subject already has an assignment. Argument: its label. */
    String ASSIGNMENT_EXISTS = "error.staffing.assignmentExists";
    /** Message key: the assignment is referred to (lessons, timetable, final marks, substitutions). */
    String ASSIGNMENT_IN_USE = "error.staffing.assignmentInUse";
    /** Message key: subgroup name missing, too long (50) or taken in this class and subject. */
    String SUBGROUP_NAME_INVALID = "error.staffing.subgroupNameInvalid";
    /** Message key: a member is not enrolled in the class. Argument: the student's name. */
    String MEMBER_NOT_ENROLLED = "error.staffing.memberNotEnrolled";
    /** Message key: a member is already in another subgroup of the class for the subject. Arguments: student, subgroup. */
    String MEMBER_IN_OTHER_SUBGROUP = "error.staffing.memberInOtherSubgroup";
    /** Message key: the subgroup is still taught by an assignment. Argument: the assignment's label. */
    String SUBGROUP_IN_USE = "error.staffing.subgroupInUse";
    /** Message key: substitution dates missing, reversed or outside the assignment's year. */
    String SUBSTITUTION_DATES_INVALID = "error.staffing.substitutionDatesInvalid";
    /** Message key: the substitute is the assignment's own teacher. */
    String SUBSTITUTE_IS_TEACHER = "error.staffing.substituteIsTeacher";
    /** Message key: another active substitution of the assignment overlaps. Arguments: substitute, from, to. */
    String SUBSTITUTION_OVERLAP = "error.staffing.substitutionOverlap";
    /** Message key: the substitution was already cancelled. */
    String SUBSTITUTION_CANCELLED = "error.staffing.substitutionCancelled";
    /** Message key: a reason longer than 300 characters. */
    String REASON_TOO_LONG = "error.staffing.reasonTooLong";
    /** Message key: the staff member has no active account with the TUTOR role in the school. */
    String NOT_A_TUTOR = "error.staffing.notATutor";
    /** Message key: the student is not of the school. */
    String TUTOR_STUDENT_UNKNOWN = "error.staffing.tutorStudentUnknown";
    /** Message key: a date missing, outside every academic year of the school, or the last day before the first. */
    String TUTOR_DATES_INVALID = "error.staffing.tutorDatesInvalid";
    /** Message key: the tutor already follows the student from a date on or after it. Arguments: from, to (or "…"). */
    String TUTOR_OVERLAP = "error.staffing.tutorOverlap";
    /** Message key: the tutor row is already ended. Argument: its last day. */
    String TUTOR_ENDED = "error.staffing.tutorEnded";

    /** Classes of the year by grade and letter. */
    List<ClassInfo> classes(Actor actor, long yearId);

    /**
     * Creates a class in the year.
     *
     * @throws ValidationException {@value #GRADE_INVALID}, {@value #LETTER_INVALID}, {@value #CLASS_EXISTS},
     *                             {@value #STAFF_INACTIVE}
     */
    ClassInfo createClass(Actor actor, long yearId, ClassEdit edit);

    /** Changes grade, letter, class teacher and period scheme; the same rules as {@link #createClass}. */
    ClassInfo updateClass(Actor actor, long classId, ClassEdit edit);

    /** The school's active staff members, in Russian order (to choose teachers, class teachers, substitutes). */
    List<StaffInfo> staff(Actor actor);

    /** The school's subjects by sort order, then name. */
    List<SubjectInfo> subjects(Actor actor);

    /**
     * Creates a subject (sorted last).
     *
     * @throws ValidationException {@value #SUBJECT_NAME_REQUIRED}, {@value #SUBJECT_EXISTS}
     */
    SubjectInfo createSubject(Actor actor, String name, String shortName);

    /** Renames a subject; the same rules as {@link #createSubject}. */
    SubjectInfo updateSubject(Actor actor, long subjectId, String name, String shortName);

    /** Assignments of a class by subject, whole class before subgroups. */
    List<AssignmentInfo> assignments(Actor actor, long classId);

    /** Every assignment of the year (for the substitutions screen), by class then subject. */
    List<AssignmentInfo> yearAssignments(Actor actor, long yearId);

    /**
     * Creates an assignment.
     *
     * @throws ValidationException {@value #HOURS_INVALID}, {@value #STAFF_INACTIVE}, {@value #SUBGROUP_MISMATCH},
     *                             {@value #ASSIGNMENT_EXISTS}
     */
    AssignmentInfo createAssignment(Actor actor, AssignmentEdit edit);

    /**
     * Changes the teacher and the hours of an assignment (class, subject and subgroup stay: create another
     * assignment for those). A change of teacher is audited; lessons keep the teacher who gave them.
     */
    AssignmentInfo updateAssignment(Actor actor, long assignmentId, long teacherId, java.math.BigDecimal hoursPerWeek);

    /**
     * Removes an assignment created by mistake, audited.
     *
     * @throws ValidationException {@value #ASSIGNMENT_IN_USE} when lessons, timetable slots, final marks or
     *                             substitutions refer to it
     */
    void removeAssignment(Actor actor, long assignmentId);

    /** Subgroups of a class (active and inactive) by subject and name, with members. */
    List<SubgroupInfo> subgroups(Actor actor, long classId);

    /**
     * Creates an empty subgroup of the class for the subject.
     *
     * @throws ValidationException {@value #SUBGROUP_NAME_INVALID}
     */
    SubgroupInfo createSubgroup(Actor actor, long classId, long subjectId, String name);

    /**
     * Sets the members of a subgroup (replacing the previous ones; the change is audited). Each must be
     * enrolled in the class (on {@code onDate} or later) and in no other active subgroup of the class for
     * the same subject.
     *
     * @throws ValidationException {@value #MEMBER_NOT_ENROLLED}, {@value #MEMBER_IN_OTHER_SUBGROUP},
     *                             {@value #SUBGROUP_MISMATCH} (inactive subgroup)
     */
    SubgroupInfo setMembers(Actor actor, long subgroupId, Set<Long> studentIds, LocalDate onDate);

    /**
     * Deactivates a subgroup; its members and history stay.
     *
     * @throws ValidationException {@value #SUBGROUP_IN_USE} while an assignment teaches it
     */
    void deactivateSubgroup(Actor actor, long subgroupId);

    /** Substitutions of the year's assignments (cancelled ones too), latest start first. */
    List<SubstitutionInfo> substitutions(Actor actor, long yearId);

    /**
     * Records a substitution: the substitute gets the teacher's journal rights for those dates only.
     *
     * @throws ValidationException {@value #SUBSTITUTION_DATES_INVALID}, {@value #STAFF_INACTIVE},
     *                             {@value #SUBSTITUTE_IS_TEACHER}, {@value #SUBSTITUTION_OVERLAP},
     *                             {@value #REASON_TOO_LONG}
     */
    SubstitutionInfo createSubstitution(Actor actor, long assignmentId, long substituteId, LocalDate start,
                                        LocalDate end, String reason);

    /**
     * Cancels a substitution (kept, marked cancelled, audited).
     *
     * @throws ValidationException {@value #SUBSTITUTION_CANCELLED} when already cancelled
     */
    SubstitutionInfo cancelSubstitution(Actor actor, long substitutionId);

    /**
     * Students of a class (enrolled today or later) in Russian order, each with the tutor rows (open and
     * ended), latest start first. The diary lets a tutor read a student while a row is open on the day.
     */
    List<StudentTutors> tutorAssignments(Actor actor, long classId);

    /** Staff members holding the TUTOR role through an active account of the school, in Russian order. */
    List<StaffInfo> tutors(Actor actor);

    /**
     * Lets the tutor follow the student from {@code fromDate} (open row), audited.
     *
     * @throws ValidationException {@value #NOT_A_TUTOR}, {@value #TUTOR_STUDENT_UNKNOWN},
     *                             {@value #TUTOR_DATES_INVALID}, {@value #TUTOR_OVERLAP}
     */
    TutorAssignmentInfo assignTutor(Actor actor, long tutorStaffId, long studentId, LocalDate fromDate);

    /**
     * Ends a tutor row with {@code lastDay} (kept, audited; rows are never deleted).
     *
     * @throws ValidationException {@value #TUTOR_ENDED}, {@value #TUTOR_DATES_INVALID} (before the first day
     *                             or outside every academic year)
     */
    TutorAssignmentInfo endTutor(Actor actor, long assignmentRowId, LocalDate lastDay);
}

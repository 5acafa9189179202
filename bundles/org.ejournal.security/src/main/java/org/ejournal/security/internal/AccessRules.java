package org.ejournal.security.internal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;

/**
 * The access rules of eJournal as pure functions of the actor and a few facts, so that every rule is
 * unit-tested without a database. The first rule of all: nobody crosses schools.
 *
 * <p>Person-bound rules ("the class teacher of that class") need both the role and the person: an
 * account that is a class teacher's staff record but no longer holds the role is refused. That lets
 * an administrator withdraw a right by removing a role without touching the timetable.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /**
     * The operations a MUNICIPAL actor may be granted at all: reads of the school it views, and the choice of
     * that school. The one place of the read-only rule: every operation not listed here (every write, account
     * administration, personal data, consent, movement, settings, and any operation added later) is refused to
     * an actor holding MUNICIPAL, whatever else it holds. Listed reads still go through their own rule.
     * Left out on purpose: STUDENT_DIARY_READ and PERSONAL_DATA_LOG_READ (one child's or the school's personal
     * data beyond what the journal shows), REPORT_SCHEDULE_MANAGE (creates schedules; the archive is the school's).
     */
    public static final Set<Operation> MUNICIPAL_READS = Set.copyOf(EnumSet.of(Operation.SCHOOL_READ,
            Operation.CLASS_ROSTER_READ, Operation.ASSIGNMENT_JOURNAL_READ, Operation.REPORT_RUN,
            Operation.MUNICIPAL_SCHOOL_VIEW));

    /**
     * The read-only gate, asked before any rule: false when the actor holds MUNICIPAL and the operation is not
     * one of {@link #MUNICIPAL_READS}.
     */
    public static boolean passesReadOnlyGate(Actor actor, Operation operation) {
        return !actor.has(Role.MUNICIPAL) || MUNICIPAL_READS.contains(operation);
    }

    /**
     * MUNICIPAL_SCHOOL_VIEW: the municipal specialist, for any school of the installation (the only rule that
     * does not compare schools: choosing the school to read is what the role is for).
     */
    public static boolean mayMunicipalSchoolView(Actor actor, long schoolId) {
        return actor.has(Role.MUNICIPAL) && schoolId > 0;
    }

    /** SCHOOL_READ: the administration (director, deputy director) and the municipal specialist viewing it. */
    public static boolean maySchoolRead(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.MUNICIPAL);
    }

    /**
     * CLASS_ROSTER_READ: the administration and the technical administrator of the class's school
     * (the latter issues logins, so it must see who is in a class), the class teacher of the class, and
     * a subject teacher teaching in it; the municipal specialist viewing the school (the journal shows the names).
     */
    public static boolean mayClassRosterRead(Actor actor, ClassFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        if (actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.TECH_ADMIN, Role.MUNICIPAL)) {
            return true;
        }
        Long me = actor.staffId();
        if (me == null) {
            return false;
        }
        return actor.has(Role.CLASS_TEACHER) && Objects.equals(me, facts.classTeacherId())
                || actor.has(Role.SUBJECT_TEACHER) && facts.subjectTeacherIds().contains(me);
    }

    /**
     * ASSIGNMENT_JOURNAL_READ: the assignment's teacher, the class teacher of its class, the
     * administration and the municipal specialist viewing the school. Not the technical administrator
     * ("accounts and system, not marks"), not parents and students (they read the diary, which shows only
     * their own rows).
     */
    public static boolean mayAssignmentJournalRead(Actor actor, AssignmentFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        if (actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.MUNICIPAL)) {
            return true;
        }
        Long me = actor.staffId();
        if (me == null) {
            return false;
        }
        return actor.has(Role.SUBJECT_TEACHER) && me == facts.teacherId()
                || actor.has(Role.CLASS_TEACHER) && Objects.equals(me, facts.classTeacherId());
    }

    /** REPORT_RUN: any staff member of that school and the municipal specialist viewing it; never parents or students. */
    public static boolean mayReportRun(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId
                && (actor.has(Role.MUNICIPAL) || actor.roles().stream().anyMatch(Role::isStaff));
    }

    /** REPORT_SCHEDULE_MANAGE: technical administrator and administration of that school. */
    public static boolean mayReportScheduleManage(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId
                && actor.hasAny(Role.TECH_ADMIN, Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /**
     * CLASS_PEOPLE_MANAGE: the class teacher of that class, the deputy director and the director. Not
     * the technical administrator (staff and accounts only, never students' personal data), not subject
     * teachers (they see the class list through CLASS_ROSTER_READ, not personal data).
     */
    public static boolean mayClassPeopleManage(Actor actor, ClassFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        if (actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)) {
            return true;
        }
        return actor.has(Role.CLASS_TEACHER) && actor.staffId() != null
                && Objects.equals(actor.staffId(), facts.classTeacherId());
    }

    /**
     * STUDENT_DATA_MANAGE and PARENT_DATA_MANAGE: the class teacher of a class the student (one of the
     * parent's children) is enrolled in today, the deputy director and the director.
     */
    public static boolean mayPersonDataManage(Actor actor, PersonFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        if (actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)) {
            return true;
        }
        return actor.has(Role.CLASS_TEACHER) && actor.staffId() != null
                && facts.classTeacherIds().contains(actor.staffId());
    }

    /** STAFF_DATA_MANAGE: technical administrator and administration of that school. */
    public static boolean mayStaffDataManage(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId
                && actor.hasAny(Role.TECH_ADMIN, Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /**
     * STUDENT_DIARY_READ: the student self, a parent who legally represents the student, a tutor assigned
     * to the student today, the class teacher of a class the student is enrolled in today, the deputy
     * director and the director of the student's school. Not subject teachers, not the technical
     * administrator.
     */
    public static boolean mayStudentDiaryRead(Actor actor, DiaryFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        if (actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)) {
            return true;
        }
        long student = facts.studentId();
        if (actor.has(Role.STUDENT) && actor.studentId() != null && actor.studentId() == student) {
            return true;
        }
        if (actor.has(Role.PARENT) && actor.parentId() != null && actor.childStudentIds().contains(student)) {
            return true;
        }
        Long me = actor.staffId();
        if (me == null) {
            return false;
        }
        return actor.has(Role.TUTOR) && facts.tutorIds().contains(me)
                || actor.has(Role.CLASS_TEACHER) && facts.classTeacherIds().contains(me);
    }

    /** PERSONAL_DATA_LOG_READ: the deputy director and the director of that school. */
    public static boolean mayPersonalDataLogRead(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /**
     * STUDENT_MOVE: the deputy director and the director of that school. Not the class teacher (the
     * order on movement is the administration's), not the technical administrator.
     */
    public static boolean mayStudentMove(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /** YEAR_PROMOTE: the deputy director and the director of that school. */
    public static boolean mayYearPromote(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /**
     * ASSIGNMENT_JOURNAL_READ for a substitute: a SUBJECT_TEACHER whose active substitution of the assignment has
     * started (the policy passes those staff ids). Reading only; writing is per lesson date.
     */
    public static boolean mayAssignmentJournalReadAsSubstitute(Actor actor, AssignmentFacts facts,
                                                               java.util.Set<Long> currentSubstitutes) {
        return facts != null && actor.schoolId() == facts.schoolId() && actor.has(Role.SUBJECT_TEACHER)
                && actor.staffId() != null && currentSubstitutes.contains(actor.staffId());
    }

    /**
     * LESSON_JOURNAL_WRITE: a SUBJECT_TEACHER who is the assignment's teacher (any date; period locks are a
     * journal rule), or a substitute whose active substitution of that assignment covers the lesson's date.
     * Not the administration (it controls, teachers write), not the class teacher as such, never another school.
     */
    public static boolean mayLessonJournalWrite(Actor actor, LessonFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        Long me = actor.staffId();
        if (me == null || !actor.has(Role.SUBJECT_TEACHER)) {
            return false;
        }
        return me == facts.teacherId() || facts.substituteIds().contains(me);
    }

    /**
     * CLASS_ATTENDANCE_MANAGE: the class teacher of that class (absence reasons of the week), the deputy director
     * and the director. Not subject teachers (they set codes at their own lessons), not the technical administrator.
     */
    public static boolean mayClassAttendanceManage(Actor actor, ClassFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        if (actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)) {
            return true;
        }
        return actor.has(Role.CLASS_TEACHER) && actor.staffId() != null
                && Objects.equals(actor.staffId(), facts.classTeacherId());
    }

    /** JOURNAL_SETTINGS_MANAGE: the deputy director and the director of that school. */
    public static boolean mayJournalSettingsManage(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /** FINAL_MARK_WRITE: the assignment's teacher (the window and the period lock are the service's rules). */
    public static boolean mayFinalMarkWrite(Actor actor, AssignmentFacts facts) {
        return facts != null && actor.schoolId() == facts.schoolId() && actor.has(Role.SUBJECT_TEACHER)
                && actor.staffId() != null && actor.staffId() == facts.teacherId();
    }

    /** FINAL_MARK_OVERRIDE: the deputy director and the director of the assignment's school. */
    public static boolean mayFinalMarkOverride(Actor actor, AssignmentFacts facts) {
        return facts != null && actor.schoolId() == facts.schoolId()
                && actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /** SCHOOL_IMPORT: the deputy director and the director of that school (they supply class lists). */
    public static boolean maySchoolImport(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }

    /** STAFF_ACCOUNTS_MANAGE: the technical administrator of that school only. */
    public static boolean mayStaffAccountsManage(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.has(Role.TECH_ADMIN);
    }

    /**
     * CLASS_CREDENTIALS_ISSUE: the class teacher of that class, the deputy director and the director. Not
     * the technical administrator (he resets single accounts; issuing a class's logins needs the class
     * list with parents, which is the class teacher's), not subject teachers.
     */
    public static boolean mayClassCredentialsIssue(Actor actor, ClassFacts facts) {
        if (facts == null || actor.schoolId() != facts.schoolId()) {
            return false;
        }
        if (actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)) {
            return true;
        }
        return actor.has(Role.CLASS_TEACHER) && actor.staffId() != null
                && Objects.equals(actor.staffId(), facts.classTeacherId());
    }

    /**
     * SCHOOL_SETUP_MANAGE and TIMETABLE_MANAGE, one rule for the school's organisation of teaching: the deputy
     * director (who supplies the timetable) and the director of that school (years, periods, classes,
     * assignments, substitutions, the timetable). Not the technical administrator: accounts and system, not
     * the school's organisation of teaching; not teachers.
     */
    public static boolean maySchoolSetupManage(Actor actor, long schoolId) {
        return actor.schoolId() == schoolId && actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    }
}

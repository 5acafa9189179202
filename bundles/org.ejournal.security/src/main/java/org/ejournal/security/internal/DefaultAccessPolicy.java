package org.ejournal.security.internal;

import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.store.StoreRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The access policy of eJournal: looks up the facts an operation depends on (in the actor's school
 * only) and hands them to {@link AccessRules}. No caching: roles and assignments change while users
 * work, and several nodes share one database.
 */
@Component(service = AccessPolicy.class)
public final class DefaultAccessPolicy implements AccessPolicy {

    private final AccessFacts facts;

    @Activate
    public DefaultAccessPolicy(@Reference StoreRuntime store) {
        this(new StoreAccessFacts(store));
    }

    /** With other facts, e.g. in memory for the rule tests. */
    DefaultAccessPolicy(AccessFacts facts) {
        this.facts = facts;
    }

    @Override
    public boolean allows(Actor actor, Operation operation, long objectId) {
        return switch (operation) {
            case SCHOOL_READ -> AccessRules.maySchoolRead(actor, objectId);
            case REPORT_RUN -> AccessRules.mayReportRun(actor, objectId);
            case REPORT_SCHEDULE_MANAGE -> AccessRules.mayReportScheduleManage(actor, objectId);
            case CLASS_ROSTER_READ -> facts.schoolClass(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayClassRosterRead(actor, f)).orElse(false);
            case ASSIGNMENT_JOURNAL_READ -> facts.assignment(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayAssignmentJournalRead(actor, f)
                            || AccessRules.mayAssignmentJournalReadAsSubstitute(actor, f,
                                    facts.currentSubstitutes(actor.schoolId(), objectId)))
                    .orElse(false);
            case CLASS_PEOPLE_MANAGE -> facts.schoolClass(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayClassPeopleManage(actor, f)).orElse(false);
            case STUDENT_DATA_MANAGE -> facts.student(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayPersonDataManage(actor, f)).orElse(false);
            case PARENT_DATA_MANAGE -> facts.parent(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayPersonDataManage(actor, f)).orElse(false);
            case STAFF_DATA_MANAGE -> AccessRules.mayStaffDataManage(actor, objectId);
            case STUDENT_DIARY_READ -> facts.diaryStudent(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayStudentDiaryRead(actor, f)).orElse(false);
            case PERSONAL_DATA_LOG_READ -> AccessRules.mayPersonalDataLogRead(actor, objectId);
            case STUDENT_MOVE -> AccessRules.mayStudentMove(actor, objectId);
            case YEAR_PROMOTE -> AccessRules.mayYearPromote(actor, objectId);
            case SCHOOL_SETUP_MANAGE -> AccessRules.maySchoolSetupManage(actor, objectId);
            case LESSON_JOURNAL_WRITE -> facts.lesson(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayLessonJournalWrite(actor, f)).orElse(false);
            case CLASS_ATTENDANCE_MANAGE -> facts.schoolClass(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayClassAttendanceManage(actor, f)).orElse(false);
            case JOURNAL_SETTINGS_MANAGE -> AccessRules.mayJournalSettingsManage(actor, objectId);
            case TIMETABLE_MANAGE -> AccessRules.maySchoolSetupManage(actor, objectId); // the same rule
            case FINAL_MARK_WRITE -> facts.assignment(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayFinalMarkWrite(actor, f)).orElse(false);
            case FINAL_MARK_OVERRIDE -> facts.assignment(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayFinalMarkOverride(actor, f)).orElse(false);
            case SCHOOL_IMPORT -> AccessRules.maySchoolImport(actor, objectId);
            case STAFF_ACCOUNTS_MANAGE -> AccessRules.mayStaffAccountsManage(actor, objectId);
            case CLASS_CREDENTIALS_ISSUE -> facts.schoolClass(actor.schoolId(), objectId)
                    .map(f -> AccessRules.mayClassCredentialsIssue(actor, f)).orElse(false);
        };
    }
}

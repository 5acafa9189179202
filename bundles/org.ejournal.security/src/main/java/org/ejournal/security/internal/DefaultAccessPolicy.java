package org.ejournal.security.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * As {@link #allows} for each id, with the facts of all the lessons looked up in one query when the operation
     * is about lessons (the journal asks which of its lessons the actor may write).
     */
    @Override
    public Set<Long> allowedAmong(Actor actor, Operation operation, Collection<Long> objectIds) {
        if (!AccessRules.passesReadOnlyGate(actor, operation)) {
            return Set.of();
        }
        if (operation != Operation.LESSON_JOURNAL_WRITE) {
            return AccessPolicy.super.allowedAmong(actor, operation, objectIds);
        }
        Map<Long, LessonFacts> lessons = facts.lessons(actor.schoolId(), objectIds);
        AccessFacts prefetched = new PrefetchedLessons(facts, actor.schoolId(), lessons);
        return new DefaultAccessPolicy(prefetched).allowedOneByOne(actor, operation, objectIds);
    }

    private Set<Long> allowedOneByOne(Actor actor, Operation operation, Collection<Long> objectIds) {
        return AccessPolicy.super.allowedAmong(actor, operation, objectIds);
    }

    /** The facts, with the lessons of one school already looked up (every other question goes on to them). */
    private static final class PrefetchedLessons implements AccessFacts {
        private final AccessFacts facts;
        private final long schoolId;
        private final Map<Long, LessonFacts> lessons;

        PrefetchedLessons(AccessFacts facts, long schoolId, Map<Long, LessonFacts> lessons) {
            this.facts = facts;
            this.schoolId = schoolId;
            this.lessons = lessons;
        }

        @Override
        public Optional<LessonFacts> lesson(long school, long lessonId) {
            return school == schoolId && lessons.containsKey(lessonId) ? Optional.of(lessons.get(lessonId))
                    : facts.lesson(school, lessonId);
        }

        @Override
        public Map<Long, LessonFacts> lessons(long school, Collection<Long> lessonIds) {
            return facts.lessons(school, lessonIds);
        }

        @Override
        public Optional<ClassFacts> schoolClass(long school, long classId) {
            return facts.schoolClass(school, classId);
        }

        @Override
        public Optional<AssignmentFacts> assignment(long school, long assignmentId) {
            return facts.assignment(school, assignmentId);
        }

        @Override
        public Optional<PersonFacts> student(long school, long studentId) {
            return facts.student(school, studentId);
        }

        @Override
        public Optional<PersonFacts> parent(long school, long parentId) {
            return facts.parent(school, parentId);
        }

        @Override
        public Optional<DiaryFacts> diaryStudent(long school, long studentId) {
            return facts.diaryStudent(school, studentId);
        }

        @Override
        public Set<Long> currentSubstitutes(long school, long assignmentId) {
            return facts.currentSubstitutes(school, assignmentId);
        }
    }

    @Override
    public boolean allows(Actor actor, Operation operation, long objectId) {
        if (!AccessRules.passesReadOnlyGate(actor, operation)) {
            return false;
        }
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
            case MUNICIPAL_SCHOOL_VIEW -> AccessRules.mayMunicipalSchoolView(actor, objectId);
        };
    }
}

package org.ejournal.gradebook.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.exp.ExpressionFactory;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.TeachingAssignment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The class journal read from the store. Every method asks the {@link AccessPolicy} first and every
 * query carries the actor's school. One Cayenne context per call.
 *
 * <p>The journal grid is the hot path: after the access check it costs three plain SQL statements on
 * one connection whatever its size ({@link JournalReader}).
 */
@Component(service = GradebookService.class)
public final class StoreGradebookService implements GradebookService {

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreGradebookService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("current academic year"). */
    StoreGradebookService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<AssignmentSummary> myAssignments(Actor actor) {
        if (actor.staffId() == null) {
            return List.of();
        }
        ObjectContext context = store.newContext();
        Optional<AcademicYear> year = AcademicYear.current(context, actor.schoolId(), LocalDate.now(clock));
        if (year.isEmpty()) {
            return List.of();
        }
        List<TeachingAssignment> mine = SchoolScope.select(TeachingAssignment.class, actor.schoolId())
                .and(ExpressionFactory.matchDbExp("teacher_id", actor.staffId()))
                .and(TeachingAssignment.ACADEMIC_YEAR.eq(year.get()))
                .prefetch(TeachingAssignment.SCHOOL_CLASS.joint())
                .prefetch(TeachingAssignment.SUBJECT.joint())
                .prefetch(TeachingAssignment.TEACHER.joint())
                .select(context);
        List<AssignmentSummary> result = new ArrayList<>();
        for (TeachingAssignment a : mine) {
            // Own assignments, yet still the policy's decision (e.g. an account without SUBJECT_TEACHER).
            if (policy.allows(actor, Operation.ASSIGNMENT_JOURNAL_READ, a.getId())) {
                result.add(summary(a));
            }
        }
        result.sort(AssignmentOrder.comparator());
        return result;
    }

    @Override
    public AssignmentSummary assignment(Actor actor, long assignmentId) {
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        return summary(loadAssignment(store.newContext(), actor, assignmentId));
    }

    @Override
    public List<StudyPeriodSummary> periods(Actor actor, long assignmentId) {
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        ObjectContext context = store.newContext();
        TeachingAssignment assignment = loadAssignment(context, actor, assignmentId);
        return SchoolScope.select(StudyPeriod.class, actor.schoolId())
                .and(StudyPeriod.ACADEMIC_YEAR.eq(assignment.getAcademicYear()))
                .and(StudyPeriod.SCHEME.eq(assignment.getSchoolClass().getPeriodScheme()))
                .orderBy(StudyPeriod.START_DATE.asc())
                .select(context).stream().map(StoreGradebookService::summary).toList();
    }

    @Override
    public JournalGrid journal(Actor actor, long assignmentId, long periodId) {
        policy.check(actor, Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
        return JournalReader.read(store.dataSource(), actor.schoolId(), assignmentId, periodId);
    }

    /** The assignment in the actor's school with class, subject and teacher; the policy has already agreed. */
    private static TeachingAssignment loadAssignment(ObjectContext context, Actor actor, long assignmentId) {
        TeachingAssignment assignment = SchoolScope.select(TeachingAssignment.class, actor.schoolId())
                .and(TeachingAssignment.ID_PK_PROPERTY.eq(assignmentId))
                .prefetch(TeachingAssignment.SCHOOL_CLASS.joint())
                .prefetch(TeachingAssignment.SUBJECT.joint())
                .prefetch(TeachingAssignment.TEACHER.joint())
                .selectOne(context);
        if (assignment == null) {
            throw new NotFoundException("assignment", assignmentId);
        }
        return assignment;
    }

    static AssignmentSummary summary(TeachingAssignment a) {
        SchoolClass c = a.getSchoolClass();
        Staff t = a.getTeacher();
        return new AssignmentSummary(a.getId(), c.getId(), c.getGrade() + c.getLetter(), a.getSubject().getId(),
                a.getSubject().getName(), t.getId(),
                new PersonName(t.getLastName(), t.getFirstName(), t.getMiddleName()).full());
    }

    static StudyPeriodSummary summary(StudyPeriod p) {
        return new StudyPeriodSummary(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(),
                p.getFinalMarkDeadline());
    }

    /** Assignments by grade, class letter (Russian order), then subject name. */
    static final class AssignmentOrder {
        static Comparator<AssignmentSummary> comparator() {
            return Comparator.comparingInt((AssignmentSummary a) -> gradeOf(a.className()))
                    .thenComparing(AssignmentSummary::className, RussianNameOrder.collator())
                    .thenComparing(AssignmentSummary::subjectName, RussianNameOrder.collator())
                    .thenComparingLong(AssignmentSummary::id);
        }

        private AssignmentOrder() {
        }

        private static int gradeOf(String className) {
            int i = 0;
            while (i < className.length() && Character.isDigit(className.charAt(i))) {
                i++;
            }
            return i == 0 ? 0 : Integer.parseInt(className.substring(0, i));
        }
    }
}

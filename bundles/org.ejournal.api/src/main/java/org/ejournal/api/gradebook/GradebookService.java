package org.ejournal.api.gradebook;

import java.util.List;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the class journal. Every method asks the access policy first. */
@ProviderType
public interface GradebookService {

    /** The assignments whose journal the actor keeps (a teacher: own ones), ordered by class and subject. */
    List<AssignmentSummary> myAssignments(Actor actor);

    /** One assignment. @throws org.ejournal.api.AccessDeniedException when the actor may not read it */
    AssignmentSummary assignment(Actor actor, long assignmentId);

    /** Study periods of the assignment's class in its academic year, in order. */
    List<StudyPeriodSummary> periods(Actor actor, long assignmentId);

    /** The journal grid of the assignment for the period. */
    JournalGrid journal(Actor actor, long assignmentId, long periodId);
}

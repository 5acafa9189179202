package org.ejournal.api.roster;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the school's roster. Every method asks the access policy first. */
@ProviderType
public interface RosterService {

    /** The actor's school. */
    SchoolSummary school(Actor actor);

    /** Classes of the current academic year that the actor may see, ordered by grade and letter. */
    List<SchoolClassSummary> classes(Actor actor);

    /** One class. @throws org.ejournal.api.NotFoundException when not in the actor's school */
    SchoolClassSummary schoolClass(Actor actor, long classId);

    /**
     * Students enrolled in the class on {@code onDate}, sorted by Russian collation of the full name.
     */
    List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate);
}

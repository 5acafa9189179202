package org.ejournal.api.imports;

import java.util.List;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports staff, classes, students with their parents and teaching assignments into the actor's
 * school, into the current academic year (the one containing today, else the next one to start).
 * Both methods need {@link org.ejournal.api.Operation#SCHOOL_IMPORT} (the deputy director and the
 * director of the school).
 *
 * <p>Rows are matched by natural keys, so importing the same file again updates instead of
 * duplicating: staff by full name; a class by parallel and letter in the year; a student by full name
 * and birth date (or by full name alone when the school has one such student and no birth date is
 * known); a parent by full name among the student's representatives, else by full name and phone; a
 * subject by name (created when missing); an assignment by class, subject and teacher.
 *
 * <p>Personal data of students follow the {@link org.ejournal.api.people.PeopleService} rule (152-ФЗ):
 * a birth date is accepted only for a student with an active consent, or with a consent date in the
 * same row (given by parent 1); otherwise the row is refused with the people service's message.
 */
@ProviderType
public interface ImportService {

    /** Message key: apply refused because the files still have problems (count). */
    String NOT_CLEAN = "import.error.notClean";
    /** Message key: no file was given. */
    String NO_FILES = "import.error.noFiles";

    /**
     * Reads and checks the files and works out what apply would do, writing nothing.
     *
     * @throws AccessDeniedException without {@code SCHOOL_IMPORT}
     */
    ImportReport dryRun(Actor actor, List<ImportFile> files, ImportProgress progress);

    /**
     * Checks the files again and, only if nothing is wrong, writes everything in one transaction.
     *
     * @throws ValidationException {@value #NOT_CLEAN} when any problem is found (nothing is written)
     * @throws AccessDeniedException without {@code SCHOOL_IMPORT}
     */
    ImportReport apply(Actor actor, List<ImportFile> files, ImportProgress progress);
}

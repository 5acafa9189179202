package org.ejournal.api.people;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.roster.PersonName;
import org.osgi.annotation.versioning.ProviderType;

/**
 * People of a school and their personal data under 152-ФЗ. Every method takes the acting user first
 * and asks the {@link org.ejournal.api.AccessPolicy}: students and parents
 * ({@link org.ejournal.api.Operation#STUDENT_DATA_MANAGE}, {@link org.ejournal.api.Operation#PARENT_DATA_MANAGE},
 * {@link org.ejournal.api.Operation#CLASS_PEOPLE_MANAGE}) — the class teacher of their class, the deputy
 * director and the director; staff ({@link org.ejournal.api.Operation#STAFF_DATA_MANAGE}) — the technical
 * administrator, the deputy director and the director. An object of another school is "not found".
 *
 * <p>The consent rule is enforced here, whatever the caller: without an active consent a student keeps
 * only surname, name, patronymic and gender; personal fields are refused with
 * {@link ValidationException} {@value #NO_CONSENT} and nothing is written. Withdrawing the consent
 * erases the fields in the same transaction and writes one {@code audit_event} row per erased field.
 * Nobody is deleted: {@code deactivate} keeps the row.
 */
@ProviderType
public interface PeopleService {

    /** Message key: personal fields given for a student without an active consent. */
    String NO_CONSENT = "error.people.noConsent";
    /** Message key: surname or name missing. */
    String NAME_REQUIRED = "error.people.nameRequired";
    /** Message key: gender not {@code M}/{@code F}. */
    String GENDER_INVALID = "error.people.genderInvalid";
    /** Message key: health group outside 1–5. */
    String HEALTH_GROUP_INVALID = "error.people.healthGroupInvalid";
    /** Message key: birth date in the future. */
    String BIRTH_DATE_INVALID = "error.people.birthDateInvalid";
    /** Message key: the parent does not represent the student. */
    String NOT_REPRESENTATIVE = "error.people.notRepresentative";
    /** Message key: the student already has an active consent. */
    String CONSENT_EXISTS = "error.people.consentExists";
    /** Message key: the consent's scope is empty. */
    String SCOPE_REQUIRED = "error.people.scopeRequired";
    /** Message key: the consent was already withdrawn. */
    String CONSENT_WITHDRAWN = "error.people.consentWithdrawn";
    /** Message key: address (300), phone (30) or document (200) longer than the column. */
    String TOO_LONG = "error.people.tooLong";
    /** Message key: the consent date is missing or in the future. */
    String CONSENT_DATE_INVALID = "error.people.consentDateInvalid";
    /** Message key: a staff member's position is missing or longer than 100 characters. */
    String POSITION_REQUIRED = "error.people.positionRequired";
    /** Message key: an e-mail without "@" or longer than 200 characters, or a phone longer than 30. */
    String CONTACT_INVALID = "error.people.contactInvalid";
    /** Message key: the relation of a representative is not MOTHER, FATHER or GUARDIAN. */
    String RELATION_INVALID = "error.people.relationInvalid";
    /** Message key: the date a new student is enrolled from is missing. */
    String ENROLL_DATE_REQUIRED = "error.people.enrollDateRequired";

    /**
     * People of the actor's school whose surname, name or patronymic starts with {@code text}
     * (case-insensitive), those the actor may manage only, sorted in Russian order; at most 50.
     */
    List<PersonSummary> search(Actor actor, PersonKind kind, String text);

    /** @throws NotFoundException unknown or of another school; @throws AccessDeniedException refused */
    StudentRecord student(Actor actor, long studentId);

    /**
     * Creates a student enrolled in the class from {@code from}. Personal fields are refused: a new
     * student has no consent yet.
     *
     * @return the new student's id
     */
    long createStudent(Actor actor, long classId, LocalDate from, StudentEdit edit);

    /**
     * Changes name, gender and personal fields.
     *
     * @throws ValidationException {@value #NO_CONSENT} when personal fields are given without an active consent
     */
    StudentRecord updateStudent(Actor actor, long studentId, StudentEdit edit);

    /** Changes the name of a parent or a staff member (no personal fields are kept for them here). */
    void rename(Actor actor, PersonKind kind, long personId, PersonName name);

    /** Marks the person inactive; the row, the journal and the history stay. */
    void deactivate(Actor actor, PersonKind kind, long personId);

    /** The student's legal representatives (who may give a consent). */
    List<PersonSummary> representatives(Actor actor, long studentId);

    /**
     * Records a consent given by one of the student's representatives.
     *
     * @throws ValidationException {@value #NOT_REPRESENTATIVE}, {@value #CONSENT_EXISTS},
     *                             {@value #SCOPE_REQUIRED}, {@value #CONSENT_DATE_INVALID}
     */
    ConsentRecord recordConsent(Actor actor, long studentId, long parentId, LocalDate givenOn, String scope);

    /**
     * Withdraws the consent: erases the student's personal fields and audits it, in one transaction.
     *
     * @throws ValidationException {@value #CONSENT_WITHDRAWN} when already withdrawn
     */
    StudentRecord withdrawConsent(Actor actor, long consentId);

    /** Students enrolled in the class on the date, in Russian order, each with the consent marker. */
    List<ClassStudentConsent> classStudents(Actor actor, long classId, LocalDate date);

    /** The same list restricted to students without an active consent (for the class teacher). */
    List<ClassStudentConsent> studentsWithoutConsent(Actor actor, long classId, LocalDate date);

    /**
     * Every staff member of the actor's school, active and deactivated, in Russian order
     * ({@link org.ejournal.api.Operation#STAFF_DATA_MANAGE}).
     */
    List<StaffRecord> staffList(Actor actor);

    /**
     * Creates a staff member (active; an account is issued separately).
     *
     * @return the new staff id
     * @throws ValidationException {@value #NAME_REQUIRED}, {@value #GENDER_INVALID}, {@value #POSITION_REQUIRED},
     *                             {@value #CONTACT_INVALID}
     */
    long createStaff(Actor actor, StaffEdit edit);

    /** Changes a staff member's name, gender, position and contacts; the same rules as {@link #createStaff}. */
    StaffRecord updateStaff(Actor actor, long staffId, StaffEdit edit);

    /** A parent's record with the children ({@link org.ejournal.api.Operation#PARENT_DATA_MANAGE}). */
    ParentRecord parent(Actor actor, long parentId);

    /**
     * Changes a parent's name, gender and contacts.
     *
     * @throws ValidationException {@value #NAME_REQUIRED}, {@value #GENDER_INVALID}, {@value #CONTACT_INVALID}
     */
    ParentRecord updateParent(Actor actor, long parentId, ParentEdit edit);

    /**
     * Creates a parent as a legal representative of the student ({@code relation} MOTHER, FATHER or GUARDIAN),
     * asked as {@link org.ejournal.api.Operation#STUDENT_DATA_MANAGE} on the student.
     *
     * @return the new parent id
     * @throws ValidationException as {@link #updateParent}, and {@value #RELATION_INVALID}
     */
    long createParent(Actor actor, long studentId, String relation, ParentEdit edit);
}

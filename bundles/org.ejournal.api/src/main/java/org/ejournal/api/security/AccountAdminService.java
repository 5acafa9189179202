package org.ejournal.api.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Issuing and managing logins. The technical administrator ({@link Operation#STAFF_ACCOUNTS_MANAGE})
 * issues staff logins and resets, unlocks, deactivates and logs out any account of the school, and reads
 * the login log; the class teacher of a class, the deputy director and the director
 * ({@link Operation#CLASS_CREDENTIALS_ISSUE}) issue the logins of the class's students and parents as
 * printable letters. One-time passwords are returned in clear once and stored only as hashes, with
 * "must change password" set. Every change is audited ({@code audit_event}, entity {@code user_account}).
 * Objects of another school are "not found".
 */
@ProviderType
public interface AccountAdminService {

    /** Message key: the person already has a login. */
    String ALREADY_HAS_ACCOUNT = "error.accounts.alreadyHasAccount";
    /** Message key: no staff role chosen, or a parent/student role given for staff. */
    String ROLES_INVALID = "error.accounts.rolesInvalid";
    /** Message key: an administrator cannot deactivate or log out their own account here. */
    String NOT_YOURSELF = "error.accounts.notYourself";

    /**
     * Staff members of the actor's school (active ones) with their accounts, and every account matching
     * {@code text} (login or surname prefix, case-insensitive; empty: staff only), at most 200, in
     * Russian order.
     *
     * @throws AccessDeniedException without STAFF_ACCOUNTS_MANAGE
     */
    List<AccountSummary> accounts(Actor actor, String text);

    /**
     * Creates the login of a staff member (login from the transliterated name, unique) with the given
     * staff roles and a one-time password.
     *
     * @throws ValidationException {@value #ALREADY_HAS_ACCOUNT}, {@value #ROLES_INVALID}
     * @throws NotFoundException   unknown staff id in the school
     */
    IssuedPassword issueStaffLogin(Actor actor, long staffId, Set<Role> roles);

    /** Sets a new one-time password (must be changed at the next login), unlocks, ends every session. */
    IssuedPassword resetPassword(Actor actor, long accountId);

    /** Clears the lock and the count of failed attempts. */
    void unlock(Actor actor, long accountId);

    /** Deactivates (the person can no longer log in; open sessions end) or activates again. */
    void setActive(Actor actor, long accountId, boolean active);

    /** Ends every session of that account. */
    void logOutEverywhere(Actor actor, long accountId);

    /** The latest login attempts of the school (newest first; unknown logins are not listed: no school). */
    List<LoginAttemptRecord> loginAttempts(Actor actor, int limit);

    /**
     * The students enrolled in the class on {@code onDate} and their parents, each with what issuing the
     * letters will do.
     *
     * @throws AccessDeniedException without CLASS_CREDENTIALS_ISSUE on the class
     */
    List<CredentialCandidate> credentialPreview(Actor actor, long classId, LocalDate onDate);

    /**
     * Issues the letters of the class in one transaction: creates missing accounts (role STUDENT or
     * PARENT), sets fresh one-time passwords on accounts not used yet and, with {@code includeInUse},
     * on accounts in use too. Deactivated accounts and inactive people are left out.
     */
    CredentialLetters issueClassCredentials(Actor actor, long classId, LocalDate onDate, boolean includeInUse);
}

package org.ejournal.api.security;

import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The login and what every user does with the own account. {@link #login} is the one place where a
 * password is checked: the lockout with back-off, the log of every attempt ({@code login_attempt}) and
 * equal timing for unknown logins live behind it. Provided by the security bundle next to
 * {@link AccountService} (one component, both services).
 */
@ProviderType
public interface AuthenticationService {

    /** Message key: the new password is shorter than the minimum (argument: the minimum). */
    String PASSWORD_TOO_SHORT = "error.password.tooShort";
    /** Message key: the new password is longer than the maximum (argument: the maximum). */
    String PASSWORD_TOO_LONG = "error.password.tooLong";
    /** Message key: the new password lacks a letter or a digit. */
    String PASSWORD_LETTERS_AND_DIGITS = "error.password.lettersAndDigits";
    /** Message key: the new password equals the login. */
    String PASSWORD_EQUALS_LOGIN = "error.password.equalsLogin";
    /** Message key: the new password equals the current one. */
    String PASSWORD_NOT_NEW = "error.password.notNew";
    /** Message key: the current password given for a change is wrong. */
    String PASSWORD_CURRENT_WRONG = "error.password.currentWrong";
    /** Message key: the new password and its repetition differ (checked by the form; the host ships the text). */
    String PASSWORD_MISMATCH = "error.password.mismatch";

    /**
     * Checks a login and password and records the attempt (typed login, address, outcome). Five
     * consecutive failures lock the account for a minute, each further five for twice as long (at most
     * an hour); while locked even the right password is refused; a success resets the count. Unknown
     * logins take as long as wrong passwords. Never throws for a user's mistake.
     *
     * @param address the client's IP address (recorded), may be empty
     */
    LoginOutcome login(String login, char[] password, String address);

    /**
     * Whether a session that began with {@code sessionEpoch} may go on: false after "log out
     * everywhere", a password change elsewhere, or deactivation.
     */
    boolean sessionCurrent(long accountId, int sessionEpoch);

    /**
     * Changes the actor's own password after checking the current one and the password policy (at least
     * 8 characters, letters and digits, not the login, not the current password); clears "must change",
     * ends the account's other sessions.
     *
     * @return the new session epoch for the session that made the change
     * @throws ValidationException with one of the {@code PASSWORD_*} keys
     */
    int changePassword(Actor actor, char[] currentPassword, char[] newPassword);

    /** Ends every session of the actor's account, this one included (the host logs it out). */
    void logOutEverywhere(Actor actor);
}

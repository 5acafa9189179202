package org.ejournal.api.security;

/** The outcome of one login attempt as the login page tells it. */
public enum LoginStatus {
    /** Logged in (possibly with a password that must be changed first). */
    SUCCESS,
    /** Unknown login or wrong password: not told apart, so logins cannot be probed. */
    WRONG_CREDENTIALS,
    /** The account exists but is deactivated. */
    INACTIVE,
    /** Too many failed attempts: refused, even with the right password, until {@link LoginOutcome#lockedUntil()}. */
    LOCKED
}

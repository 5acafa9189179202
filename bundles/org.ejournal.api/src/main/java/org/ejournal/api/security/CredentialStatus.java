package org.ejournal.api.security;

/** What issuing credential letters does for one person. */
public enum CredentialStatus {
    /** No account yet: one is created with a generated login and a one-time password. */
    NEW,
    /** The account has not been used yet (its one-time password was never changed): a new one-time password. */
    REISSUE,
    /** The account is in use: left alone unless a reset of accounts in use is asked for. */
    IN_USE,
    /** The account is deactivated: no letter. */
    INACTIVE
}

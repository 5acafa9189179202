package org.ejournal.api.security;

/**
 * A one-time password just set on an account: shown or printed once, never stored in clear.
 *
 * @param accountId        the account
 * @param login            its login
 * @param oneTimePassword  the password in clear (must be changed at the first login)
 */
public record IssuedPassword(long accountId, String login, String oneTimePassword) {
    @Override
    public String toString() {
        return "IssuedPassword[" + accountId + ", " + login + ", ***]";
    }
}

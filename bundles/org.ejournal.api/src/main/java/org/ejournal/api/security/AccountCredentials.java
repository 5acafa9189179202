package org.ejournal.api.security;

/**
 * What the host's authentication needs to verify a login.
 *
 * @param accountId    account id
 * @param login        login name
 * @param passwordHash the stored hash (Shiro's modular crypt format)
 * @param active       false for deactivated accounts
 */
public record AccountCredentials(long accountId, String login, String passwordHash, boolean active) {
}

package org.ejournal.api.security;

import java.time.Instant;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.roster.PersonName;

/**
 * A person of the school with the state of their account, as the technical administrator sees it.
 *
 * @param accountId          the account, or {@code null} when the person has no login yet
 * @param kind               staff, student or parent
 * @param personId           the staff, student or parent id
 * @param name               the person's name
 * @param login              the login, or {@code null} without an account
 * @param roles              the account's roles (empty without an account)
 * @param active             the account is active (false without an account)
 * @param mustChangePassword the account's password is a one-time one
 * @param lockedUntil        locked after failed attempts until then, or {@code null}
 * @param lastLoginAt        the last successful login, or {@code null}
 */
public record AccountSummary(Long accountId, PersonKind kind, long personId, PersonName name, String login,
                             Set<Role> roles, boolean active, boolean mustChangePassword, Instant lockedUntil,
                             Instant lastLoginAt) {
    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean hasAccount() {
        return accountId != null;
    }
}

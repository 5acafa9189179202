package org.ejournal.api.security;

import java.util.Optional;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts as the host and services see them: the credentials of a login and the {@link Actor} of an
 * account. Checking a password, locking and the own password are {@link AuthenticationService}'s.
 */
@ProviderType
public interface AccountService {

    /** The credentials for a login (case-insensitive), if such an account exists. */
    Optional<AccountCredentials> findCredentials(String login);

    /** The actor of an account: roles, the person it is, a parent's children. */
    Actor actor(long accountId);
}

package org.ejournal.it.osgi.probe;

import java.util.Optional;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;

/**
 * A stand-in {@link AccountService} registered by SCR from a bundle built during the test. It proves
 * the provisioning (Felix, SCR and its OSGi bundles, the api exported as system packages) without the
 * product bundles or a database.
 */
public class ProbeAccountService implements AccountService {

    @Override
    public Optional<AccountCredentials> findCredentials(String login) {
        return "teacher".equalsIgnoreCase(login)
                ? Optional.of(new AccountCredentials(42, "teacher", "$2y$10$probe", true))
                : Optional.empty();
    }

    @Override
    public Actor actor(long accountId) {
        return new Actor(accountId, 1, "teacher", "Иванова Мария Петровна", Set.of(Role.SUBJECT_TEACHER),
                7L, null, null, Set.of());
    }
}

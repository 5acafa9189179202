package org.ejournal.host.security;

import java.time.Instant;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.security.AccountService;
import org.ejournal.api.security.AuthenticationService;
import org.ejournal.api.security.LoginOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a login and password through the {@link AuthenticationService} (the security bundle verifies the
 * bcrypt hash, counts failures, locks with back-off and records every attempt with the address) and,
 * on success, builds the {@link Actor} through the {@link AccountService}. The web layer keeps the actor, the session epoch and the
 * "must change password" flag in the Vaadin session; nothing here depends on Vaadin.
 */
public final class LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    /** Why a login was refused; each has its own message on the login page. */
    public enum Refusal {
        /** Unknown login or wrong password (not told apart, so logins cannot be probed). */
        WRONG_CREDENTIALS,
        /** The account exists but is deactivated. */
        INACTIVE_ACCOUNT,
        /** Too many failed attempts: locked until {@link Refused#lockedUntil()}. */
        LOCKED,
        /** The accounts cannot be read now (security bundle not running, database down). */
        UNAVAILABLE
    }

    /** The outcome of one login attempt. */
    public sealed interface Result permits Success, Refused {
    }

    /**
     * Logged in as this actor.
     *
     * @param sessionEpoch       to be kept in the session and checked on every request
     * @param mustChangePassword the password is a one-time one: only the change page may be opened
     */
    public record Success(Actor actor, int sessionEpoch, boolean mustChangePassword) implements Result {
    }

    /** Refused for this reason; {@code lockedUntil} only for {@link Refusal#LOCKED}. */
    public record Refused(Refusal reason, Instant lockedUntil) implements Result {
        public Refused(Refusal reason) {
            this(reason, null);
        }
    }

    private final Supplier<AuthenticationService> authentication;
    private final Supplier<AccountService> accounts;

    /**
     * @param authentication the current authentication service, or {@code null} when none is registered
     * @param accounts       the current account service, or {@code null} when none is registered
     */
    public LoginService(Supplier<AuthenticationService> authentication, Supplier<AccountService> accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    /** The authentication service if one is registered (the password page uses it). */
    public AuthenticationService authentication() {
        return authentication.get();
    }

    /** Tries the login from {@code address}; never throws for a user's mistake. */
    public Result login(String login, char[] password, String address) {
        AuthenticationService service = authentication.get();
        AccountService actors = accounts.get();
        if (service == null || actors == null) {
            LOG.warn("Login '{}' could not be checked: the security bundle's services are not registered", login);
            return new Refused(Refusal.UNAVAILABLE);
        }
        try {
            LoginOutcome outcome = service.login(login, password, address == null ? "" : address);
            return switch (outcome.status()) {
                case SUCCESS -> new Success(actors.actor(outcome.accountId()), outcome.sessionEpoch(),
                        outcome.mustChangePassword());
                case WRONG_CREDENTIALS -> new Refused(Refusal.WRONG_CREDENTIALS);
                case INACTIVE -> new Refused(Refusal.INACTIVE_ACCOUNT);
                case LOCKED -> new Refused(Refusal.LOCKED, outcome.lockedUntil());
            };
        } catch (RuntimeException e) {
            LOG.warn("Login '{}' could not be checked", login, e);
            return new Refused(Refusal.UNAVAILABLE);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * Whether the session of this account that began with {@code sessionEpoch} may go on. Without the
     * account service (a bundle update) sessions go on: the services they call are missing anyway.
     */
    public boolean sessionCurrent(long accountId, int sessionEpoch) {
        AuthenticationService service = authentication.get();
        if (service == null) {
            return true;
        }
        try {
            return service.sessionCurrent(accountId, sessionEpoch);
        } catch (RuntimeException e) {
            LOG.warn("Session of account {} could not be checked", accountId, e);
            return true;
        }
    }
}

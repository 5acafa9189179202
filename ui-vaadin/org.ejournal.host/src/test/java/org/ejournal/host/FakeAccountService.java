package org.ejournal.host;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.ejournal.api.Actor;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.api.security.AuthenticationService;
import org.ejournal.api.security.LoginOutcome;
import org.ejournal.api.security.LoginStatus;

/**
 * An in-memory {@link AccountService} and {@link AuthenticationService} for the host's tests: subclasses answer {@link #findCredentials}
 * and {@link #actor}; the password is checked with Shiro against the stored crypt hash; logins named
 * "locked*" are locked, "onetime*" must change the password. Records the addresses it was given.
 */
abstract class FakeAccountService implements AccountService, AuthenticationService {

    static final Instant LOCKED_UNTIL = Instant.parse("2030-01-01T10:15:00Z");

    private final DefaultPasswordService passwords = new DefaultPasswordService();
    final Map<Long, Integer> epochs = new HashMap<>();
    volatile String lastAddress;

    @Override
    public LoginOutcome login(String login, char[] password, String address) {
        lastAddress = address;
        Optional<AccountCredentials> found = findCredentials(login.trim());
        if (found.isEmpty()) {
            return LoginOutcome.refused(LoginStatus.WRONG_CREDENTIALS, null);
        }
        AccountCredentials c = found.get();
        if (c.login().startsWith("locked")) {
            return LoginOutcome.refused(LoginStatus.LOCKED, LOCKED_UNTIL);
        }
        if (!passwords.passwordsMatch(new String(password), c.passwordHash())) {
            return LoginOutcome.refused(LoginStatus.WRONG_CREDENTIALS, null);
        }
        if (!c.active()) {
            return LoginOutcome.refused(LoginStatus.INACTIVE, null);
        }
        return new LoginOutcome(LoginStatus.SUCCESS, c.accountId(), c.login().startsWith("onetime"),
                epochs.getOrDefault(c.accountId(), 0), null);
    }

    @Override
    public boolean sessionCurrent(long accountId, int sessionEpoch) {
        return epochs.getOrDefault(accountId, 0) == sessionEpoch;
    }

    @Override
    public int changePassword(Actor actor, char[] currentPassword, char[] newPassword) {
        return epochs.merge(actor.accountId(), 1, Integer::sum);
    }

    @Override
    public void logOutEverywhere(Actor actor) {
        epochs.merge(actor.accountId(), 1, Integer::sum);
    }

    /** Registers this fake as both services; returns what unregisters both. */
    Runnable registerIn(org.osgi.framework.BundleContext context) {
        var a = context.registerService(AccountService.class, this, null);
        var b = context.registerService(AuthenticationService.class, this, null);
        return () -> {
            b.unregister();
            a.unregister();
        };
    }
}

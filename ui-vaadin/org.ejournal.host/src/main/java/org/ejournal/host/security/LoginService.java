package org.ejournal.host.security;

import java.util.function.Supplier;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.ejournal.api.Actor;
import org.ejournal.api.security.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a login and password with Shiro ({@link AccountRealm}) and, on success, builds the
 * {@link Actor} of the account. The web layer keeps the actor in the Vaadin session; nothing here
 * depends on Vaadin, so it is tested on its own.
 */
public final class LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    /** Why a login was refused; each has its own message on the login page. */
    public enum Refusal {
        /** Unknown login or wrong password (not told apart, so logins cannot be probed). */
        WRONG_CREDENTIALS,
        /** The account exists but is deactivated. */
        INACTIVE_ACCOUNT,
        /** The accounts cannot be read now (security bundle not running, database down). */
        UNAVAILABLE
    }

    /** The outcome of one login attempt. */
    public sealed interface Result permits Success, Refused {
    }

    /** Logged in as this actor. */
    public record Success(Actor actor) implements Result {
    }

    /** Refused for this reason. */
    public record Refused(Refusal reason) implements Result {
    }

    private final Supplier<AccountService> accounts;
    private final ModularRealmAuthenticator authenticator = new ModularRealmAuthenticator();

    /** @param accounts the current account service, or {@code null} when none is registered */
    public LoginService(Supplier<AccountService> accounts) {
        this.accounts = accounts;
        authenticator.setRealms(java.util.List.of(new AccountRealm(accounts)));
    }

    /** Tries the login; never throws for a user's mistake. */
    public Result login(String login, char[] password) {
        UsernamePasswordToken token = new UsernamePasswordToken(login, password);
        try {
            AuthenticationInfo info = authenticator.authenticate(token);
            long accountId = (Long) info.getPrincipals().getPrimaryPrincipal();
            AccountService service = accounts.get();
            if (service == null) {
                return new Refused(Refusal.UNAVAILABLE);
            }
            Actor actor = service.actor(accountId);
            LOG.info("Login of '{}' (account {})", actor.login(), accountId);
            return new Success(actor);
        } catch (UnknownAccountException | IncorrectCredentialsException e) {
            LOG.info("Refused login '{}': wrong login or password", login);
            return new Refused(Refusal.WRONG_CREDENTIALS);
        } catch (DisabledAccountException e) {
            LOG.info("Refused login '{}': account deactivated", login);
            return new Refused(Refusal.INACTIVE_ACCOUNT);
        } catch (AuthenticationException e) {
            // the realm wraps everything else (service missing, database errors) into this
            LOG.warn("Login '{}' could not be checked", login, e);
            return new Refused(Refusal.UNAVAILABLE);
        } catch (RuntimeException e) {
            LOG.warn("Login '{}' could not be checked", login, e);
            return new Refused(Refusal.UNAVAILABLE);
        } finally {
            token.clear();
        }
    }
}

package org.ejournal.host.security;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.realm.AuthenticatingRealm;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;

/**
 * Shiro realm over the OSGi {@link AccountService}: finds the account by login and lets Shiro's
 * {@link PasswordMatcher} verify the password against the stored crypt-format hash (bcrypt "2y"
 * through {@code shiro-hashes-bcrypt}; the format names its algorithm, so other Shiro hashes verify too).
 * The principal is the account id.
 */
public final class AccountRealm extends AuthenticatingRealm {

    /** Raised when no {@link AccountService} is registered (the security bundle is not running). */
    public static final class AccountServiceUnavailableException extends AuthenticationException {
        private static final long serialVersionUID = 1L;

        AccountServiceUnavailableException() {
            super("No AccountService is registered");
        }
    }

    private final Supplier<AccountService> accounts;
    private volatile String timingDecoy;

    /** @param accounts the current account service, or {@code null} when none is registered */
    public AccountRealm(Supplier<AccountService> accounts) {
        this.accounts = accounts;
        PasswordMatcher matcher = new CryptFormatPasswordMatcher();
        matcher.setPasswordService(new DefaultPasswordService());
        setCredentialsMatcher(matcher);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setName("ejournal-accounts");
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String login = ((UsernamePasswordToken) token).getUsername();
        AccountService service = accounts.get();
        if (service == null) {
            throw new AccountServiceUnavailableException();
        }
        Optional<AccountCredentials> found = login == null ? Optional.empty() : service.findCredentials(login.trim());
        if (found.isEmpty()) {
            // spend the time of a real check, so response times do not tell which logins exist
            getCredentialsMatcher().doCredentialsMatch(token,
                    new SimpleAuthenticationInfo(-1L, timingDecoy(), getName()));
            throw new UnknownAccountException("Unknown login");
        }
        AccountCredentials credentials = found.get();
        if (!credentials.active()) {
            throw new DisabledAccountException("Account " + credentials.accountId() + " is deactivated");
        }
        return new SimpleAuthenticationInfo(credentials.accountId(), credentials.passwordHash(), getName());
    }

    /** A bcrypt hash of a random password, made once, checked against for unknown logins. */
    private String timingDecoy() {
        String decoy = timingDecoy;
        if (decoy == null) {
            DefaultHashService bcrypt = new DefaultHashService();
            bcrypt.setDefaultAlgorithmName("2y");
            DefaultPasswordService service = new DefaultPasswordService();
            service.setHashService(bcrypt);
            decoy = service.encryptPassword(UUID.randomUUID().toString());
            timingDecoy = decoy;
        }
        return decoy;
    }

    /**
     * Also accepts bare bcrypt strings ({@code $2a$}, {@code $2b$}, {@code $2y$}) as other tools write
     * them: Shiro 2 only parses its own {@code $shiro2$} prefix and would silently say "no match".
     */
    static final class CryptFormatPasswordMatcher extends PasswordMatcher {
        @Override
        protected Object getStoredPassword(AuthenticationInfo info) {
            Object stored = super.getStoredPassword(info);
            if (stored instanceof String hash && hash.matches("^\\$2[aby]\\$\\d\\d\\$.*")) {
                return "$shiro2" + hash;
            }
            return stored;
        }
    }
}

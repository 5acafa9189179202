package org.ejournal.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.host.security.LoginService;
import org.ejournal.host.security.LoginService.Refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

/**
 * Login through Shiro against an {@link AccountService} registered in the host's Felix, with a
 * bcrypt hash in Shiro's crypt format as the security bundle stores it.
 */
class LoginServiceTest {

    @TempDir
    static Path workDir;

    static EJournalHost host;
    static String demoHash;

    /** Accounts as the security bundle would answer: a teacher, and a deactivated former employee. */
    static final class InTestAccounts implements AccountService {
        @Override
        public Optional<AccountCredentials> findCredentials(String login) {
            return switch (login.toLowerCase(java.util.Locale.ROOT)) {
                case "teacher" -> Optional.of(new AccountCredentials(7, "teacher", demoHash, true));
                case "former" -> Optional.of(new AccountCredentials(8, "former", demoHash, false));
                // bare bcrypt, as tools outside Shiro write it
                case "bare" -> Optional.of(new AccountCredentials(9, "bare", demoHash.substring("$shiro2".length()), true));
                default -> Optional.empty();
            };
        }

        @Override
        public Actor actor(long accountId) {
            return new Actor(accountId, 1, "teacher", "Иванова Мария Петровна", Set.of(Role.SUBJECT_TEACHER),
                    70L, null, null, Set.of());
        }
    }

    @BeforeAll
    static void startHost() throws Exception {
        DefaultHashService bcrypt = new DefaultHashService();
        bcrypt.setDefaultAlgorithmName("2y");
        DefaultPasswordService passwords = new DefaultPasswordService();
        passwords.setHashService(bcrypt);
        demoHash = passwords.encryptPassword("demo");
        host = EJournalHost.start(TestHosts.config(workDir).build());
    }

    @AfterAll
    static void stopHost() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    private static LoginService.Result login(String login, String password) {
        return host.services().loginService().login(login, password.toCharArray());
    }

    @Test
    void loginWorksOnlyWhileAnAccountServiceIsRegistered() {
        assertEquals(new LoginService.Refused(Refusal.UNAVAILABLE), login("teacher", "demo"));

        ServiceRegistration<AccountService> registration = host.systemContext()
                .registerService(AccountService.class, new InTestAccounts(), null);
        try {
            LoginService.Success ok = assertInstanceOf(LoginService.Success.class, login("Teacher", "demo"));
            assertEquals(7, ok.actor().accountId());
            assertEquals("Иванова Мария Петровна", ok.actor().displayName());

            assertEquals(new LoginService.Refused(Refusal.WRONG_CREDENTIALS), login("teacher", "Demo"));
            assertEquals(new LoginService.Refused(Refusal.WRONG_CREDENTIALS), login("nobody", "demo"),
                    "an unknown login is refused like a wrong password");
            assertEquals(new LoginService.Refused(Refusal.INACTIVE_ACCOUNT), login("former", "demo"));
            assertInstanceOf(LoginService.Success.class, login("bare", "demo"), "bare $2y$ hash verifies too");
            assertEquals(new LoginService.Refused(Refusal.WRONG_CREDENTIALS), login("bare", "wrong"));
        } finally {
            registration.unregister();
        }
        assertEquals(new LoginService.Refused(Refusal.UNAVAILABLE), login("teacher", "demo"));
    }

    @Test
    void russianTextsOfTheLoginPageAndErrorsAreReadAsUtf8() {
        var messages = host.services().messages();
        var ru = org.ejournal.api.ui.ViewSupport.RUSSIAN;
        assertEquals("Электронный журнал", messages.getTranslation("login.title", ru));
        assertEquals("Неверный логин или пароль", messages.getTranslation("login.error.wrong.title", ru));
        assertEquals("Ошибка системы, код 1a2b3c4d", messages.getTranslation("error.system", ru, "1a2b3c4d"));
        assertEquals("Wrong login or password",
                messages.getTranslation("login.error.wrong.title", java.util.Locale.ENGLISH));
    }
}

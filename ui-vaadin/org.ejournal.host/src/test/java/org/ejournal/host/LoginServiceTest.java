package org.ejournal.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Login through the {@link AccountService} registered in the host's Felix (the security bundle's rules
 * are tested there): refusals mapped to the login page's reasons, the client address passed on, the
 * session epoch and the forced password change handed to the session.
 */
class LoginServiceTest {

    @TempDir
    static Path workDir;

    static EJournalHost host;
    static String demoHash;

    /** Accounts as the security bundle would answer: a teacher, a former employee, a locked and a new one. */
    static final class InTestAccounts extends FakeAccountService {
        @Override
        public Optional<AccountCredentials> findCredentials(String login) {
            return switch (login.toLowerCase(java.util.Locale.ROOT)) {
                case "teacher" -> Optional.of(new AccountCredentials(7, "teacher", demoHash, true));
                case "former" -> Optional.of(new AccountCredentials(8, "former", demoHash, false));
                case "locked" -> Optional.of(new AccountCredentials(9, "locked", demoHash, true));
                case "onetime" -> Optional.of(new AccountCredentials(10, "onetime", demoHash, true));
                case "broken" -> throw new IllegalStateException("database down");
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
        return host.services().loginService().login(login, password.toCharArray(), "192.0.2.15");
    }

    @Test
    void loginWorksOnlyWhileAnAccountServiceIsRegistered() {
        assertEquals(new LoginService.Refused(Refusal.UNAVAILABLE), login("teacher", "demo"));

        InTestAccounts accounts = new InTestAccounts();
        Runnable unregister = accounts.registerIn(host.systemContext());
        try {
            LoginService.Success ok = assertInstanceOf(LoginService.Success.class, login("Teacher", "demo"));
            assertEquals(7, ok.actor().accountId());
            assertEquals("Иванова Мария Петровна", ok.actor().displayName());
            assertEquals(false, ok.mustChangePassword());
            assertEquals("192.0.2.15", accounts.lastAddress, "the address goes to the attempt log");

            assertEquals(new LoginService.Refused(Refusal.WRONG_CREDENTIALS), login("teacher", "Demo"));
            assertEquals(new LoginService.Refused(Refusal.WRONG_CREDENTIALS), login("nobody", "demo"),
                    "an unknown login is refused like a wrong password");
            assertEquals(new LoginService.Refused(Refusal.INACTIVE_ACCOUNT), login("former", "demo"));
            assertEquals(new LoginService.Refused(Refusal.LOCKED, FakeAccountService.LOCKED_UNTIL),
                    login("locked", "demo"));
            assertEquals(true, assertInstanceOf(LoginService.Success.class, login("onetime", "demo"))
                    .mustChangePassword());
            assertEquals(new LoginService.Refused(Refusal.UNAVAILABLE), login("broken", "demo"),
                    "a failing service is «temporarily impossible», not «wrong password»");

            assertTrue(host.services().loginService().sessionCurrent(7, 0));
            accounts.logOutEverywhere(ok.actor());
            assertFalse(host.services().loginService().sessionCurrent(7, 0), "log out everywhere ends the session");
        } finally {
            unregister.run();
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

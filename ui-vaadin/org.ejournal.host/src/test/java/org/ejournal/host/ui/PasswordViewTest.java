package org.ejournal.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.security.AuthenticationService;
import org.ejournal.api.security.LoginOutcome;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browserless: the password page in its forced and ordinary forms, texts from the host's messages. */
class PasswordViewTest {

    static final Actor PARENT = new Actor(40, 1, "abramova.nv", "Абрамова Наталья Викторовна", Set.of(Role.PARENT),
            null, null, 401L, Set.of(301L));

    final List<String> calls = new ArrayList<>();
    boolean refuse;

    final AuthenticationService service = new AuthenticationService() {
        @Override
        public LoginOutcome login(String login, char[] password, String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean sessionCurrent(long accountId, int sessionEpoch) {
            return true;
        }

        @Override
        public int changePassword(Actor actor, char[] currentPassword, char[] newPassword) {
            if (refuse) {
                throw new ValidationException("error.serviceUnavailable", "AccountService");
            }
            calls.add("change " + (currentPassword == null ? "-" : new String(currentPassword)) + " "
                    + new String(newPassword));
            return 1;
        }

        @Override
        public void logOutEverywhere(Actor actor) {
            calls.add("logout " + actor.accountId());
        }
    };

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void afterAOneTimePasswordOnlyTheNewPasswordIsAsked() {
        PasswordView view = new PasswordView(() -> service, () -> PARENT, () -> true);
        assertFalse(view.current.isVisible(), "the one-time password was just typed");
        assertFalse(view.logoutEverywhere.isVisible());
        assertFalse(view.back.isVisible(), "no way around the change");
        assertTrue(view.logout.isVisible(), "but a way out");
        assertEquals("Выйти", view.logout.getText());
        assertEquals("Вы вошли с одноразовым паролем. Придумайте свой пароль, чтобы продолжить работу.",
                view.intro.getText());
        assertEquals("Не короче 8 знаков, буквы и цифры, не совпадает с логином и с прежним паролем.",
                view.newPassword.getHelperText());

        view.newPassword.setValue("Tverskaya7");
        view.repeat.setValue("Tverskaya8");
        view.save.click();
        assertTrue(view.error.isVisible());
        assertEquals("Пароли не совпадают: повторите новый пароль точно.", view.error.getText());
        assertTrue(calls.isEmpty());

        view.repeat.setValue("Tverskaya7");
        view.save.click();
        assertEquals(List.of("change - Tverskaya7"), calls);
        assertFalse(view.error.isVisible());
        assertEquals("changed", view.done);
    }

    @Test
    void anOrdinaryChangeSendsTheCurrentPasswordAndShowsRefusals() {
        PasswordView view = new PasswordView(() -> service, () -> PARENT, () -> false);
        assertTrue(view.current.isVisible());
        assertTrue(view.logoutEverywhere.isVisible());
        refuse = true;
        view.current.setValue("Old12345");
        view.newPassword.setValue("New12345");
        view.repeat.setValue("New12345");
        view.save.click();
        assertEquals("Служба «AccountService» сейчас недоступна", view.error.getText());
        assertNull(view.done);
        refuse = false;
        view.save.click();
        assertEquals(List.of("change Old12345 New12345"), calls);
    }

    @Test
    void logOutEverywhereAsksTheService() {
        PasswordView view = new PasswordView(() -> service, () -> PARENT, () -> false);
        view.logoutEverywhere.click();
        assertEquals(List.of("logout 40"), calls);
        assertEquals("loggedOut", view.done);
    }
}

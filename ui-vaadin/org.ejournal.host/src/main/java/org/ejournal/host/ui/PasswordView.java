package org.ejournal.host.ui;

import java.util.Arrays;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.security.AuthenticationService;
import org.ejournal.host.web.HostServices;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Смена пароля» (route {@value #ROUTE}), for every logged-in user: the own password (current one,
 * new one twice; the rules are shown and each broken rule is named in Russian) and «Выйти на всех
 * устройствах». After a login with a one-time password this is the only page that opens (the
 * {@link AccessGuard} forwards here), without the current password (it was just typed) and without the
 * menu. The rules themselves are the {@link AuthenticationService}'s.
 */
public final class PasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Route of this view. */
    public static final String ROUTE = "password";

    private final transient Supplier<AuthenticationService> accounts;
    private final transient Supplier<Actor> actor;
    private final transient Supplier<Boolean> forced;

    final Paragraph intro = new Paragraph();
    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Paragraph error = new Paragraph();
    final Button logoutEverywhere = new Button();
    final Paragraph logoutEverywhereHint = new Paragraph();
    final Anchor back = new Anchor("", "");
    /** Always there: who does not want to choose a password now can leave. */
    final Anchor logout = new Anchor(LogoutView.ROUTE, "");
    /** What happened last, for tests ("changed", "loggedOut"). */
    String done;

    /** Used by the router: the account service of the host, the actor and the flag from the session. */
    public PasswordView() {
        this(() -> HostServices.current().loginService().authentication(),
                () -> Session.actor().orElseThrow(), Session::mustChangePassword);
    }

    PasswordView(Supplier<AuthenticationService> accounts, Supplier<Actor> actor, Supplier<Boolean> forced) {
        this.accounts = accounts;
        this.actor = actor;
        this.forced = forced;
        setId("password-view");
        getStyle().set("display", "flex").set("justify-content", "center").set("padding", "var(--lumo-space-l)");
        VerticalLayout box = new VerticalLayout();
        box.setMaxWidth("32em");
        intro.setId("password-intro");
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        current.setWidthFull();
        newPassword.setId("password-new");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rules"));
        newPassword.setWidthFull();
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setWidthFull();
        error.setId("password-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        save.setId("password-save");
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> change());
        logoutEverywhere.setId("password-logout-everywhere");
        logoutEverywhere.setText(getTranslation("password.logoutEverywhere"));
        logoutEverywhere.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        logoutEverywhere.addClickListener(e -> logOutEverywhere());
        back.setId("password-back");
        back.setText(getTranslation("password.back"));
        logoutEverywhereHint.setText(getTranslation("password.logoutEverywhere.hint"));
        logout.setId("password-logout");
        logout.setText(getTranslation("header.logout"));
        box.add(new H2(getTranslation("password.title")), intro, current, newPassword, repeat, error, save,
                logoutEverywhereHint, logoutEverywhere, back, logout);
        add(box);
        showMode();
    }

    /** Forced: no current password, no way elsewhere; else the full form. */
    void showMode() {
        boolean isForced = Boolean.TRUE.equals(forced.get());
        intro.setText(getTranslation(isForced ? "password.forced" : "password.intro"));
        current.setVisible(!isForced);
        logoutEverywhere.setVisible(!isForced);
        logoutEverywhereHint.setVisible(!isForced);
        back.setVisible(!isForced);
    }

    void change() {
        error.setVisible(false);
        char[] next = newPassword.getValue().toCharArray();
        if (!newPassword.getValue().equals(repeat.getValue())) {
            showError(getTranslation("error.password.mismatch"));
            return;
        }
        AuthenticationService service = accounts.get();
        if (service == null) {
            showError(getTranslation("error.serviceUnavailable", AuthenticationService.class.getSimpleName()));
            return;
        }
        boolean isForced = Boolean.TRUE.equals(forced.get());
        try {
            int epoch = service.changePassword(actor.get(), isForced ? null : current.getValue().toCharArray(), next);
            if (UI.getCurrent() != null && UI.getCurrent().getSession() != null) {
                Session.passwordChanged(epoch);
            }
        } catch (EJournalException e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
            return;
        } finally {
            Arrays.fill(next, '\0');
        }
        current.clear();
        newPassword.clear();
        repeat.clear();
        done = "changed";
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER);
        UI ui = UI.getCurrent();
        if (ui != null && ui.getSession() != null) {
            ui.navigate(StartView.class);
        }
    }

    void logOutEverywhere() {
        AuthenticationService service = accounts.get();
        if (service == null) {
            showError(getTranslation("error.serviceUnavailable", AuthenticationService.class.getSimpleName()));
            return;
        }
        service.logOutEverywhere(actor.get());
        done = "loggedOut";
        if (UI.getCurrent() != null && UI.getCurrent().getSession() != null) {
            Session.logout(LoginView.ROUTE + "?" + LoginView.SESSION_ENDED);
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showMode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.title");
    }
}

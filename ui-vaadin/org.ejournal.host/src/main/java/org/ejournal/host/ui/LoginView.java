package org.ejournal.host.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.ejournal.host.security.LoginService;
import org.ejournal.host.web.HostServices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The login page (route {@value #ROUTE}): login and password, Russian texts, reasons for a refusal
 * (a lock says until when), the client's address passed on for the attempt log. After a one-time
 * password the user goes to the password page first. {@code login?ended} tells that the session was
 * ended elsewhere ("log out everywhere", a password change or reset).
 */
public final class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Route of this view. */
    public static final String ROUTE = "login";
    /** Query parameter: the session was ended because the account no longer accepts it. */
    public static final String SESSION_ENDED = "ended";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("ejournal-login");
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("justify-content", "center").set("min-height", "100vh");
        form.setI18n(i18n(null, null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::login);
        add(form);
    }

    private LoginI18n i18n(LoginService.Refusal refusal, Instant lockedUntil) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        String reason = refusal == null ? "wrong" : switch (refusal) {
            case WRONG_CREDENTIALS -> "wrong";
            case INACTIVE_ACCOUNT -> "inactive";
            case LOCKED -> "locked";
            case UNAVAILABLE -> "unavailable";
        };
        error.setTitle(getTranslation("login.error." + reason + ".title"));
        if (refusal == LoginService.Refusal.LOCKED && lockedUntil != null) {
            long minutes = Math.max(1, (Duration.between(Instant.now(), lockedUntil).getSeconds() + 59) / 60);
            error.setMessage(getTranslation("login.error.locked.message",
                    TIME.format(lockedUntil.atZone(ZoneId.systemDefault())), minutes));
        } else {
            error.setMessage(getTranslation("login.error." + reason + ".message"));
        }
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setAdditionalInformation(getTranslation("login.info"));
        return i18n;
    }

    private void login(LoginEvent event) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String address = request == null ? "" : request.getRemoteAddr();
        LoginService.Result result = HostServices.current().loginService()
                .login(event.getUsername(), event.getPassword().toCharArray(), address);
        if (result instanceof LoginService.Success success) {
            // a new session id after login: a session id seen before login is worth nothing
            if (request != null) {
                request.getHttpServletRequest().changeSessionId();
            }
            Session.login(success.actor(), success.sessionEpoch(), success.mustChangePassword());
            if (success.mustChangePassword()) {
                UI.getCurrent().navigate(PasswordView.class);
            } else {
                UI.getCurrent().navigate(StartView.class);
            }
        } else if (result instanceof LoginService.Refused refused) {
            form.setI18n(i18n(refused.reason(), refused.lockedUntil()));
            form.setError(true);
            form.setEnabled(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (Session.actor().isPresent()) {
            event.forwardTo(StartView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SESSION_ENDED)) {
            LoginI18n i18n = i18n(null, null);
            i18n.getErrorMessage().setTitle(getTranslation("login.ended.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.ended.message"));
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}

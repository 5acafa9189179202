package org.ejournal.host.ui;

import java.util.Optional;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;
import org.ejournal.host.routes.ContributionRegistry;
import org.ejournal.host.web.HostServices;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.QueryParameters;

/**
 * Before every navigation: no actor in the session → the login page; a session the account no longer
 * accepts ("log out everywhere", a password change elsewhere, a reset or deactivation) → ended, the
 * login page says so; a one-time password not yet changed → only the password page; a contributed
 * route the actor's roles do not allow, or «Школы» for anyone but the municipal specialist → the start page
 * with «Нет доступа». Services check access
 * again; this only keeps users out of screens that would refuse them anyway.
 */
public final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || target == LogoutView.class) {
            return;
        }
        Optional<Actor> actor = Session.actor();
        if (actor.isEmpty()) {
            event.forwardTo(LoginView.ROUTE);
            return;
        }
        HostServices services = HostServices.current();
        if (!services.loginService().sessionCurrent(actor.get().accountId(), Session.epoch())) {
            // not invalidated mid-navigation: the actor goes, so nothing of this session is usable any more
            Session.forget();
            event.forwardTo(LoginView.ROUTE, QueryParameters.of(LoginView.SESSION_ENDED, "1"));
            return;
        }
        if (Session.mustChangePassword() && target != PasswordView.class) {
            event.forwardTo(PasswordView.ROUTE);
            return;
        }
        if (target == SchoolsView.class && !actor.get().has(Role.MUNICIPAL)) {
            Notification.show(event.getUI().getTranslation("error.noAccess"), 5000, Notification.Position.MIDDLE);
            event.forwardTo(StartView.class);
            return;
        }
        Optional<ViewContribution> contribution = services.contributions().forViewClass(target);
        if (contribution.isPresent() && !ContributionRegistry.allows(contribution.get(), actor.get())) {
            Notification.show(event.getUI().getTranslation("error.noAccess"), 5000, Notification.Position.MIDDLE);
            event.forwardTo(StartView.class);
        }
    }
}

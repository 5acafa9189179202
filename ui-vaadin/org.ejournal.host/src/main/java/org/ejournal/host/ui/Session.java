package org.ejournal.host.ui;

import java.util.Optional;

import org.ejournal.api.Actor;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.server.VaadinSession;

/**
 * The logged-in actor of the current Vaadin session (the attribute every bundle reads), the session
 * epoch it logged in with (checked against the account on every navigation: "log out everywhere") and
 * whether the password must be changed before anything else.
 */
final class Session {

    private static final String EPOCH_ATTRIBUTE = Session.class.getName() + ".epoch";
    private static final String MUST_CHANGE_ATTRIBUTE = Session.class.getName() + ".mustChangePassword";

    private Session() {
    }

    static Optional<Actor> actor() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getAttribute(ViewSupport.ACTOR_ATTRIBUTE);
        return value instanceof Actor a ? Optional.of(a) : Optional.empty();
    }

    static void setActor(Actor actor) {
        VaadinSession.getCurrent().setAttribute(ViewSupport.ACTOR_ATTRIBUTE, actor);
    }

    static void login(Actor actor, int epoch, boolean mustChangePassword) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(EPOCH_ATTRIBUTE, epoch);
        session.setAttribute(MUST_CHANGE_ATTRIBUTE, mustChangePassword);
        session.setAttribute(ViewSupport.ACTOR_ATTRIBUTE, actor);
    }

    static int epoch() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getAttribute(EPOCH_ATTRIBUTE);
        return value instanceof Integer i ? i : 0;
    }

    /** After the own password was changed: the new epoch, and no more forced change. */
    static void passwordChanged(int epoch) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        session.setAttribute(EPOCH_ATTRIBUTE, epoch);
        session.setAttribute(MUST_CHANGE_ATTRIBUTE, false);
    }

    static boolean mustChangePassword() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_ATTRIBUTE));
    }

    /** Forgets the actor (the session is no longer logged in); the HTTP session stays. */
    static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ViewSupport.ACTOR_ATTRIBUTE, null);
            session.setAttribute(EPOCH_ATTRIBUTE, null);
            session.setAttribute(MUST_CHANGE_ATTRIBUTE, null);
        }
    }

    /** Ends the HTTP session (and with it the Vaadin session) and sends the browser to the login page. */
    static void logout() {
        logout("login");
    }

    /** Like {@link #logout()}, to the given location (e.g. {@code login?ended}). */
    static void logout(String location) {
        VaadinSession session = VaadinSession.getCurrent();
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            ui.getPage().setLocation(location);
        }
        if (session != null) {
            session.setAttribute(ViewSupport.ACTOR_ATTRIBUTE, null);
            session.getSession().invalidate();
        }
    }
}

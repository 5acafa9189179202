package org.ejournal.host.ui;

import java.util.Optional;

import org.ejournal.api.Actor;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.server.VaadinSession;

/** The logged-in actor of the current Vaadin session (the attribute every bundle reads). */
final class Session {

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

    /** Ends the HTTP session (and with it the Vaadin session) and sends the browser to the login page. */
    static void logout() {
        VaadinSession session = VaadinSession.getCurrent();
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            ui.getPage().setLocation("login");
        }
        if (session != null) {
            session.setAttribute(ViewSupport.ACTOR_ATTRIBUTE, null);
            session.getSession().invalidate();
        }
    }
}

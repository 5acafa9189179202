package org.ejournal.host.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/** Route {@value #ROUTE}: ends the session and goes to the login page (a link target for scripts and bookmarks). */
public final class LogoutView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    /** Route of this view. */
    public static final String ROUTE = "logout";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Session.logout();
    }
}

package org.ejournal.host.ui;

import java.util.stream.Collectors;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** The start page (route ""): greets the user by name and lists the roles held. */
public final class StartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Route of this view: the root. */
    public static final String ROUTE = "";

    private final H2 greeting = new H2();
    private final Paragraph roles = new Paragraph();
    private final Paragraph municipalHint = new Paragraph();

    public StartView() {
        greeting.addClassName("ejournal-greeting");
        roles.addClassName("ejournal-roles");
        municipalHint.setId("start-municipal-hint");
        municipalHint.setText(getTranslation("start.municipal"));
        municipalHint.setVisible(false);
        add(greeting, roles, municipalHint, new Paragraph(getTranslation("start.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Session.actor().ifPresent(this::show);
    }

    private void show(Actor actor) {
        greeting.setText(getTranslation("start.greeting", addressedName(actor.displayName())));
        String roleNames = actor.roles().stream().sorted()
                .map((Role r) -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
        roles.setText(getTranslation("start.roles", roleNames));
        municipalHint.setVisible(actor.has(Role.MUNICIPAL));
    }

    /**
     * How a Russian greeting addresses a person: «Мария Петровна» for «Иванова Мария Петровна»,
     * «Софья» for «Абрамова Софья»; the surname alone is never used.
     */
    static String addressedName(String displayName) {
        String[] parts = displayName.trim().split("\\s+");
        if (parts.length >= 3) {
            return parts[1] + " " + parts[2];
        }
        return parts.length == 2 ? parts[1] : displayName.trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}

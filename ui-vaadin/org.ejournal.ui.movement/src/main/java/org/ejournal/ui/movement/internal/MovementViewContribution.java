package org.ejournal.ui.movement.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Движение учащихся»: find a student, see the history, record arrival, departure, transfer. For the deputy director and the director. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class MovementViewContribution implements ViewContribution {

    public static final String ROUTE = "movement";

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return MovementView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "movement.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 40;
    }
}

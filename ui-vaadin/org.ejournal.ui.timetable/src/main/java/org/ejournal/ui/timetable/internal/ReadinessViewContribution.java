package org.ejournal.ui.timetable.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes Readiness check for 1 September to the menu of the deputy director and the director. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ReadinessViewContribution implements ViewContribution {

    public static final String ROUTE = "readiness";

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReadinessView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "readiness.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 42;
    }
}

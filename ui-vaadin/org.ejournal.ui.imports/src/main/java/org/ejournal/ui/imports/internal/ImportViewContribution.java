package org.ejournal.ui.imports.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/**
 * Contributes «Импорт» (route {@code import}) for the deputy director and the director, who supply the
 * class lists and the teaching load before the year starts.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ImportViewContribution implements ViewContribution {

    public static final String ROUTE = "import";

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ImportView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "import.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 60;
    }
}

package org.ejournal.ui.school.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Учебный год» (school-year) to the deputy director and the director. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class SchoolYearViewContribution implements ViewContribution {

    public static final String ROUTE = "school-year";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SchoolYearView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "school.year.title");
    }

    @Override
    public Set<Role> roles() {
        return SetupView.ROLES;
    }

    @Override
    public int order() {
        return 40;
    }
}

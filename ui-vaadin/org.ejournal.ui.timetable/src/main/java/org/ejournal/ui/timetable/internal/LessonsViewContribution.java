package org.ejournal.ui.timetable.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes Lessons of a class by week to the menu of the deputy director and the director. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class LessonsViewContribution implements ViewContribution {

    public static final String ROUTE = "lessons";

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return LessonsView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "lessons.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 41;
    }
}

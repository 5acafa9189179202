package org.ejournal.ui.roster.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/**
 * Contributes «Ученики»: a class's students with the consent marker, the student form and consent.
 * Not for the technical administrator: staff and accounts only, never students' personal data.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class StudentsViewContribution implements ViewContribution {

    public static final String ROUTE = "students";

    static final Set<Role> ROLES = Set.of(Role.CLASS_TEACHER, Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return StudentsView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "roster.students.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 20;
    }
}

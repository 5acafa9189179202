package org.ejournal.ui.school.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/**
 * Contributes «Сотрудники» (staff): the technical administrator (who issues staff logins) and the
 * administration, as the policy's {@code STAFF_DATA_MANAGE}.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class StaffViewContribution implements ViewContribution {

    public static final String ROUTE = "staff";

    static final Set<Role> ROLES = Set.of(Role.TECH_ADMIN, Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return StaffView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "school.staff.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 44;
    }
}

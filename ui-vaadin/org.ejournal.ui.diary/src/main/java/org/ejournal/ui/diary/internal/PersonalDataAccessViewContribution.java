package org.ejournal.ui.diary.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Доступ к персональным данным» at {@code personal-data-access} for the administration. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class PersonalDataAccessViewContribution implements ViewContribution {

    public static final String ROUTE = "personal-data-access";

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PersonalDataAccessView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "pda.title");
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

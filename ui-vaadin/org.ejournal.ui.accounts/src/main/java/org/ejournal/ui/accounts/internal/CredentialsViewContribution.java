package org.ejournal.ui.accounts.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Логины класса»: the class teacher (deputy director, director) prints the credential letters of a class. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class CredentialsViewContribution implements ViewContribution {

    public static final String ROUTE = "credentials";

    static final Set<Role> ROLES = Set.of(Role.CLASS_TEACHER, Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CredentialsView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "accounts.credentials.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 25;
    }
}

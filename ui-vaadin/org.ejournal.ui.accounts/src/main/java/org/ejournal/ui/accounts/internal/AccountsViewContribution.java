package org.ejournal.ui.accounts.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Пользователи и доступ»: the technical administrator issues staff logins, resets, unlocks, deactivates, ends sessions and reads the login log. Nobody else (the service refuses them too). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class AccountsViewContribution implements ViewContribution {

    public static final String ROUTE = "accounts";

    static final Set<Role> ROLES = Set.of(Role.TECH_ADMIN);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return AccountsView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "accounts.admin.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 10;
    }
}

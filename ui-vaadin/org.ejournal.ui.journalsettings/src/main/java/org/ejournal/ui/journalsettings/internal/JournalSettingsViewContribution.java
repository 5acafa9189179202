package org.ejournal.ui.journalsettings.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Настройки журнала» for the deputy director and the director (JOURNAL_SETTINGS_MANAGE). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class JournalSettingsViewContribution implements ViewContribution {

    public static final String ROUTE = "journal-settings";

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return JournalSettingsView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "journalsettings.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 16;
    }
}

package org.ejournal.ui.journal.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Журнал» at {@code journal} and {@code journal/{assignmentId}}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class JournalViewContribution implements ViewContribution {

    public static final String ROUTE = "journal";

    /**
     * Who keeps or reads journals. The gradebook service checks each assignment again; the technical
     * administrator is left out on purpose ("accounts and system, not marks").
     */
    static final Set<Role> JOURNAL_ROLES = Set.of(Role.SUBJECT_TEACHER, Role.CLASS_TEACHER,
            Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return JournalView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "journal.title");
    }

    @Override
    public Set<Role> roles() {
        return JOURNAL_ROLES;
    }

    @Override
    public int order() {
        return 11;
    }
}

package org.ejournal.ui.journal.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Журнал класса» (read-only, all subjects) at {@code class-journal}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ClassJournalViewContribution implements ViewContribution {

    public static final String ROUTE = "class-journal";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ClassJournalView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "journal.classJournal.title");
    }

    @Override
    public Set<Role> roles() {
        return ClassAttendanceViewContribution.ROLES;
    }

    @Override
    public int order() {
        return 13;
    }
}

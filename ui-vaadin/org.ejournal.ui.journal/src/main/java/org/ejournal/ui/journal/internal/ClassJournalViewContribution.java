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

    /**
     * Those who read whole classes' journals: the class teacher (own class), the administration, and the municipal
     * specialist (read-only in the school it views; this view never edits).
     */
    static final Set<Role> ROLES = Set.of(Role.CLASS_TEACHER, Role.DEPUTY_DIRECTOR, Role.DIRECTOR, Role.MUNICIPAL);

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 13;
    }
}

package org.ejournal.ui.journal.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Мои классы»: the teaching assignments of the logged-in user. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class MyClassesViewContribution implements ViewContribution {

    public static final String ROUTE = "my-classes";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return MyClassesView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "journal.myClasses.title");
    }

    @Override
    public Set<Role> roles() {
        return JournalViewContribution.JOURNAL_ROLES;
    }

    @Override
    public int order() {
        return 10;
    }
}

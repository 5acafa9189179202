package org.ejournal.ui.journal.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Посещаемость класса» at {@code class-attendance}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ClassAttendanceViewContribution implements ViewContribution {

    public static final String ROUTE = "class-attendance";

    /** The class teacher (own class) and the administration; the journal service checks each class again. */
    static final Set<Role> ROLES = Set.of(Role.CLASS_TEACHER, Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ClassAttendanceView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "journal.attendance.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 12;
    }
}

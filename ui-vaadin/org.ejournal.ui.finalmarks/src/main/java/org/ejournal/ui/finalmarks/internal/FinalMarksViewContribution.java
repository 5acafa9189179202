package org.ejournal.ui.finalmarks.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Итоговые отметки» for teachers, class teachers and the administration. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class FinalMarksViewContribution implements ViewContribution {

    public static final String ROUTE = "final-marks";

    static final Set<Role> ROLES = Set.of(Role.SUBJECT_TEACHER, Role.CLASS_TEACHER, Role.DEPUTY_DIRECTOR,
            Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return FinalMarksView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "finalmark.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 15;
    }
}

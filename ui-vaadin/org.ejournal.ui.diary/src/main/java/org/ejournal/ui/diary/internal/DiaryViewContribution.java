package org.ejournal.ui.diary.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Дневник» at {@code diary} and {@code diary/{studentId}} for parents, students and tutors. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class DiaryViewContribution implements ViewContribution {

    public static final String ROUTE = "diary";

    /** Who opens a diary from the menu; the diary service decides again for every student id. */
    static final Set<Role> ROLES = Set.of(Role.PARENT, Role.STUDENT, Role.TUTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DiaryView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "diary.title");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 5;
    }
}

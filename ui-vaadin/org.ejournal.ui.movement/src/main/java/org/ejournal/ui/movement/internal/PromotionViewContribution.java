package org.ejournal.ui.movement.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Перевод на следующий год»: the promotion preview, options per class and student, the one run. For the deputy director and the director. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class PromotionViewContribution implements ViewContribution {

    public static final String ROUTE = "promotion";

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PromotionView.class;
    }

    @Override
    public String title(Locale locale) {
        return BundleMessages.get(locale, "promotion.menu");
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public int order() {
        return 41;
    }
}

package org.ejournal.example.hello;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;

import com.vaadin.flow.component.Component;

/**
 * Contributes the view {@link HelloView} at route {@value #ROUTE} to every role. The whole add-on is
 * this service: the host's whiteboard registers the route when the bundle starts and removes it when
 * the bundle goes.
 *
 * <p>Configurable through ConfigAdmin (PID {@code org.ejournal.example.hello.HelloContribution}):
 * {@code order} places the menu entry.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class HelloContribution implements ViewContribution {

    /** The route of the example view. */
    public static final String ROUTE = "hello";

    /** Component properties (defaults apply without a configuration). */
    public @interface Config {
        /** Position in the side menu; after the product's own entries by default. */
        int order() default 900;
    }

    private final int order;

    /** Constructor injection (DS 1.4+): the configuration arrives before the service is registered. */
    @Activate
    public HelloContribution(Config config) {
        this.order = config.order();
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return HelloView.class;
    }

    @Override
    public String title(Locale locale) {
        // A menu title is needed before any view exists, so it does not go through getTranslation.
        return "en".equals(locale.getLanguage()) ? "Example add-on" : "Пример модуля";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public int order() {
        return order;
    }
}

package org.ejournal.api.ui;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/**
 * Extension point: a bundle contributes a view (a route and a menu entry) by registering a service
 * of this type (whiteboard). The host registers the route when the service appears and removes it
 * when the service goes; open UIs on a removed route are sent to the start page.
 *
 * <p>Rules for the view class: a public Vaadin {@link Component} with a public no-argument
 * constructor, built only from components of vaadin-core (no {@code @JsModule}, {@code @NpmPackage}
 * or themes of its own), and without a {@code @Route} annotation: the route comes from
 * {@link #route()}. It may implement {@code HasUrlParameter}. It gets the acting user and services
 * through {@link ViewSupport}. The host shows it inside the main layout and only to users holding one
 * of {@link #roles()}; the services it calls check access again.
 */
@ConsumerType
public interface ViewContribution {

    /** The route path, e.g. {@code "journal"}; unique in the installation. */
    String route();

    /** The view class. */
    Class<? extends Component> viewClass();

    /** The menu title in the given locale (Russian first). */
    String title(Locale locale);

    /** Roles that see the menu entry and may open the route. Empty: every logged-in user. */
    Set<Role> roles();

    /** Position in the menu, smaller first. */
    default int order() {
        return 100;
    }

    /** Whether the entry shows in the side menu (a view reached only by links answers false). */
    default boolean inMenu() {
        return true;
    }
}

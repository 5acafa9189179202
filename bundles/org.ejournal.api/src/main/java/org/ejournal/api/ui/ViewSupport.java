package org.ejournal.api.ui;

import java.util.Locale;
import java.util.Optional;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * What a contributed view needs from its surroundings: the acting user of this session and the OSGi
 * services its own bundle can see. No thread-locals of our own: the actor is a Vaadin session
 * attribute set by the host at login.
 */
public final class ViewSupport {

    /** Name of the Vaadin session attribute holding the {@link Actor}. */
    public static final String ACTOR_ATTRIBUTE = Actor.class.getName();

    /** The default locale of the product. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private ViewSupport() {
    }

    /** The logged-in user of the current Vaadin session. @throws IllegalStateException if none */
    public static Actor actor() {
        VaadinSession session = VaadinSession.getCurrent();
        Object actor = session == null ? null : session.getAttribute(ACTOR_ATTRIBUTE);
        if (actor instanceof Actor a) {
            return a;
        }
        throw new IllegalStateException("No logged-in actor in this Vaadin session");
    }

    /**
     * A service seen from the bundle of {@code caller} (usually the view's class).
     *
     * @throws EJournalException with key {@code error.serviceUnavailable} when it is not running
     */
    public static <T> T service(Class<?> caller, Class<T> type) {
        return findService(caller, type)
                .orElseThrow(() -> new EJournalException("error.serviceUnavailable", type.getSimpleName()));
    }

    /** A service seen from the bundle of {@code caller}, if one is registered. */
    public static <T> Optional<T> findService(Class<?> caller, Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        ServiceReference<T> ref = context.getServiceReference(type);
        return ref == null ? Optional.empty() : Optional.ofNullable(context.getService(ref));
    }

    /** The locale of the current UI (Russian by default). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? RUSSIAN : ui.getLocale();
    }
}

package org.ejournal.host.routes;

import java.util.Set;

import org.ejournal.api.ui.ViewContribution;
import org.ejournal.host.web.OpenUis;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.RouteRegistry;

/**
 * Whiteboard of {@link ViewContribution} services: registers each one's route with Vaadin (inside
 * the main layout) when it appears and removes it when it goes. Routes are registered as
 * {@code Class} objects, so Vaadin never scans bundles (ARCHITECTURE, "host that embeds Felix").
 * A contribution whose route is taken is ignored with an error line: first come, first served.
 */
public final class ContributionTracker extends ServiceTracker<ViewContribution, ViewContribution> {

    private static final Logger LOG = LoggerFactory.getLogger(ContributionTracker.class);

    private final RouteRegistry routeRegistry;
    private final Class<? extends RouterLayout> mainLayout;
    private final Set<String> reservedRoutes;
    private final ContributionRegistry contributions;
    private final OpenUis openUis;

    /**
     * @param reservedRoutes routes the host owns (login, start page...), never given to a contribution
     */
    public ContributionTracker(BundleContext context, RouteRegistry routeRegistry,
                               Class<? extends RouterLayout> mainLayout, Set<String> reservedRoutes,
                               ContributionRegistry contributions, OpenUis openUis) {
        super(context, ViewContribution.class, null);
        this.routeRegistry = routeRegistry;
        this.mainLayout = mainLayout;
        this.reservedRoutes = Set.copyOf(reservedRoutes);
        this.contributions = contributions;
        this.openUis = openUis;
    }

    @Override
    public ViewContribution addingService(ServiceReference<ViewContribution> reference) {
        ViewContribution contribution = context.getService(reference);
        if (contribution == null) {
            return null;
        }
        String route;
        Class<? extends Component> viewClass;
        try {
            route = normalize(contribution.route());
            viewClass = contribution.viewClass();
        } catch (RuntimeException e) {
            LOG.error("View contribution from bundle {} failed to describe itself; ignored",
                    reference.getBundle().getSymbolicName(), e);
            context.ungetService(reference);
            return null;
        }
        synchronized (contributions) {
            if (reservedRoutes.contains(route) || contributions.owns(route)) {
                LOG.error("Route '{}' of bundle {} is already taken; the contribution is ignored",
                        route, reference.getBundle().getSymbolicName());
                context.ungetService(reference);
                return null;
            }
            try {
                RouteConfiguration.forRegistry(routeRegistry).setRoute(route, viewClass, mainLayout);
            } catch (RuntimeException e) {
                LOG.error("Vaadin refused route '{}' of bundle {}; ignored", route,
                        reference.getBundle().getSymbolicName(), e);
                context.ungetService(reference);
                return null;
            }
            contributions.put(contribution);
        }
        LOG.info("Route '{}' -> {} registered (bundle {})", route, viewClass.getName(),
                reference.getBundle().getSymbolicName());
        return contribution;
    }

    @Override
    public void removedService(ServiceReference<ViewContribution> reference, ViewContribution contribution) {
        String route = normalize(contribution.route());
        Class<? extends Component> viewClass = contribution.viewClass();
        synchronized (contributions) {
            contributions.remove(route, contribution);
            RouteConfiguration.forRegistry(routeRegistry).removeRoute(route, viewClass);
        }
        LOG.info("Route '{}' removed (bundle {} went away)", route, reference.getBundle().getSymbolicName());
        // Open UIs on the removed view go to the start page; everybody else is untouched.
        openUis.leave(ui -> showing(ui, viewClass));
        context.ungetService(reference);
    }

    private static boolean showing(UI ui, Class<? extends Component> viewClass) {
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(target -> target instanceof Component c && ContributionRegistry.isViewOf(c, viewClass));
    }

    private static String normalize(String route) {
        String r = route == null ? "" : route.trim();
        while (r.startsWith("/")) {
            r = r.substring(1);
        }
        return r;
    }
}

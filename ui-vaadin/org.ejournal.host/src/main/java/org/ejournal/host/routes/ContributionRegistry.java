package org.ejournal.host.routes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ejournal.api.Actor;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/**
 * The view contributions whose routes are registered now: what the menu shows and what the access
 * guard checks. Filled by {@link ContributionTracker}.
 */
public final class ContributionRegistry {

    private final Map<String, ViewContribution> byRoute = new ConcurrentHashMap<>();

    void put(ViewContribution contribution) {
        byRoute.put(contribution.route(), contribution);
    }

    void remove(String route, ViewContribution contribution) {
        byRoute.remove(route, contribution);
    }

    /** Whether a contribution already owns this route. */
    boolean owns(String route) {
        return byRoute.containsKey(route);
    }

    /** The contribution showing this view class, if the class belongs to one. */
    public Optional<ViewContribution> forViewClass(Class<?> viewClass) {
        return byRoute.values().stream().filter(c -> c.viewClass() == viewClass).findFirst();
    }

    /** Whether the actor may open the contribution: no roles listed, or one of them held. */
    public static boolean allows(ViewContribution contribution, Actor actor) {
        return contribution.roles().isEmpty() || contribution.roles().stream().anyMatch(actor::has);
    }

    /** Menu entries for this actor: allowed, in the menu, by {@code order()} then route. */
    public List<ViewContribution> menuFor(Actor actor) {
        return byRoute.values().stream()
                .filter(ViewContribution::inMenu)
                .filter(c -> allows(c, actor))
                .sorted(Comparator.comparingInt(ViewContribution::order).thenComparing(ViewContribution::route))
                .toList();
    }

    /** The routes registered by contributions. */
    public List<String> routes() {
        return byRoute.keySet().stream().sorted().toList();
    }

    /** Whether the component is an instance of a contributed view class of this route. */
    static boolean isViewOf(Component component, Class<? extends Component> viewClass) {
        return viewClass.isInstance(component);
    }
}

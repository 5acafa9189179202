package org.ejournal.host.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.vaadin.flow.component.UI;

/**
 * The UIs open in this host, across sessions, so that a route removed at run time can send the users
 * looking at it somewhere sensible. UIs leave the set when they detach (closed tab, expired session).
 */
public final class OpenUis {

    private final Set<UI> uis = ConcurrentHashMap.newKeySet();

    /** Tracks a new UI until it detaches. */
    public void add(UI ui) {
        uis.add(ui);
        ui.addDetachListener(e -> uis.remove(ui));
    }

    /**
     * Navigates every open UI whose current view matches to the start page. Runs in each UI's own
     * session lock ({@link UI#access}); the browser sees it on its next round trip.
     */
    public void leave(Predicate<UI> showingRemovedView) {
        for (UI ui : List.copyOf(uis)) {
            if (ui.isClosing()) {
                uis.remove(ui);
                continue;
            }
            try {
                ui.access(() -> {
                    if (showingRemovedView.test(ui)) {
                        ui.navigate("");
                    }
                });
            } catch (RuntimeException sessionGone) {
                uis.remove(ui);
            }
        }
    }
}

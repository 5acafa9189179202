package org.ejournal.host.ui;

import java.util.Optional;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.ui.ViewContribution;
import org.ejournal.api.ui.ViewSupport;
import org.ejournal.host.web.HostServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;

/**
 * The frame of every page after login: header with product title, school and user, a logout
 * button; a side menu with the start page and the contributions the actor's roles allow. The menu is
 * rebuilt on each navigation, so views that came or went since are reflected.
 */
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MainLayout.class);
    private static final String SCHOOL_ATTRIBUTE = MainLayout.class.getName() + ".school";
    /** The school id the cached name belongs to (a municipal session changes schools). */
    private static final String SCHOOL_ID_ATTRIBUTE = MainLayout.class.getName() + ".schoolId";

    private final SideNav menu = new SideNav();
    private final Span school = new Span();
    private final Span user = new Span();

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        school.addClassName("ejournal-school");
        user.addClassName("ejournal-user");
        Button logout = new Button(getTranslation("header.logout"), e -> Session.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        // every user's own account: «Сменить пароль» (also «Выйти на всех устройствах» there)
        Button password = new Button(getTranslation("header.password"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PasswordView.class)));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("change-password");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, school, user, password, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(school);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        menu.addClassName("ejournal-menu");
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<Actor> actor = Session.actor();
        actor.ifPresent(a -> {
            user.setText(a.displayName());
            school.setText(schoolName(a));
            buildMenu(a);
        });
        titleContributedView(event);
    }

    /** Contributed views have no {@code @PageTitle}: the tab shows their menu title and the product. */
    private void titleContributedView(AfterNavigationEvent event) {
        if (event.getActiveChain().isEmpty() || event.getActiveChain().get(0) instanceof HasDynamicTitle) {
            return;
        }
        // the router clears the title after the observers ran; set it just before the response goes out
        HostServices.current().contributions().forViewClass(event.getActiveChain().get(0).getClass())
                .ifPresent(c -> getUI().ifPresent(ui -> ui.beforeClientResponse(ui, context -> ui.getPage().setTitle(
                        c.title(ui.getLocale()) + " · " + getTranslation("app.title")))));
    }

    private void buildMenu(Actor actor) {
        menu.removeAll();
        menu.addItem(new SideNavItem(getTranslation("menu.home"), ""));
        if (actor.has(Role.MUNICIPAL)) {
            menu.addItem(new SideNavItem(getTranslation("menu.schools"), SchoolsView.ROUTE));
        }
        for (ViewContribution c : HostServices.current().contributions().menuFor(actor)) {
            String title;
            try {
                title = c.title(getLocale() == null ? ViewSupport.RUSSIAN : getLocale());
            } catch (RuntimeException e) {
                title = c.route();
            }
            menu.addItem(new SideNavItem(title, c.route()));
        }
    }

    /**
     * The school's short name from the roster service, once per session and school (the municipal specialist
     * switches schools); empty without it.
     */
    private static String schoolName(Actor actor) {
        VaadinSession session = VaadinSession.getCurrent();
        Object cached = session.getAttribute(SCHOOL_ATTRIBUTE);
        if (cached instanceof String s && Long.valueOf(actor.schoolId()).equals(session.getAttribute(SCHOOL_ID_ATTRIBUTE))) {
            return s;
        }
        String name = "";
        try {
            Optional<RosterService> roster = HostServices.current().service(RosterService.class);
            if (roster.isPresent()) {
                SchoolSummary summary = roster.get().school(actor);
                name = summary.shortName() != null ? summary.shortName() : summary.name();
                session.setAttribute(SCHOOL_ATTRIBUTE, name);
                session.setAttribute(SCHOOL_ID_ATTRIBUTE, actor.schoolId());
            }
        } catch (RuntimeException e) {
            LOG.warn("School name for account {} not available: {}", actor.accountId(), e.toString());
        }
        return name;
    }
}

package org.ejournal.host.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.Role;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.security.MunicipalService;
import org.ejournal.host.web.HostServices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;

/**
 * «Школы» (route {@value #ROUTE}), for the municipal specialist ({@link Role#MUNICIPAL}) only: every school of
 * the installation with «Открыть» to read its journals and reports. Choosing asks
 * {@link MunicipalService#viewSchool} (which refuses everyone else and records the view) and puts the returned
 * actor into the session; the start page follows, the header names the school. {@link AccessGuard} keeps other
 * roles out of this route.
 */
public final class SchoolsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Route of this view. */
    public static final String ROUTE = "schools";

    private final transient Supplier<Optional<MunicipalService>> service;
    private final transient Supplier<Actor> actor;
    private final transient Consumer<Actor> chosen;

    final Paragraph current = new Paragraph();
    final Div list = new Div();
    final Paragraph error = new Paragraph();

    /** Used by the router: the host's municipal service, the session's actor; a choice replaces it and goes home. */
    public SchoolsView() {
        this(() -> HostServices.current().service(MunicipalService.class), () -> Session.actor().orElseThrow(),
                next -> {
                    Session.setActor(next);
                    com.vaadin.flow.component.UI.getCurrent().navigate(StartView.class);
                });
    }

    SchoolsView(Supplier<Optional<MunicipalService>> service, Supplier<Actor> actor, Consumer<Actor> chosen) {
        this.service = service;
        this.actor = actor;
        this.chosen = chosen;
        setId("schools-view");
        current.setId("schools-current");
        list.setId("schools-list");
        error.setId("schools-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new H2(getTranslation("schools.title")), new Paragraph(getTranslation("schools.hint")), current, error,
                list);
        show();
    }

    void show() {
        list.removeAll();
        Optional<MunicipalService> municipal = service.get();
        if (municipal.isEmpty()) {
            showError(getTranslation("error.serviceUnavailable", "MunicipalService"));
            return;
        }
        Actor me = actor.get();
        List<SchoolSummary> schools;
        try {
            schools = municipal.get().schools(me);
        } catch (EJournalException e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        for (SchoolSummary school : schools) {
            boolean viewed = school.id() == me.schoolId();
            Span name = new Span(school.name());
            name.addClassName("school-name");
            Span city = new Span(school.city());
            city.getStyle().set("color", "var(--lumo-secondary-text-color)");
            HorizontalLayout row = new HorizontalLayout(name, city);
            row.setId("school-" + school.id());
            row.addClassName("school-row");
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            if (viewed) {
                current.setText(getTranslation("schools.current", label(school)));
                Span mark = new Span(getTranslation("schools.viewed"));
                mark.getElement().getThemeList().add("badge success");
                row.add(mark);
            } else {
                Button open = new Button(getTranslation("schools.open"), e -> open(municipal.get(), school));
                open.setId("school-open-" + school.id());
                open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(open);
            }
            list.add(row);
        }
    }

    void open(MunicipalService municipal, SchoolSummary school) {
        try {
            chosen.accept(municipal.viewSchool(actor.get(), clientAddress(), school.id()));
        } catch (EJournalException e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    private static String label(SchoolSummary school) {
        return school.shortName() == null || school.shortName().isBlank() ? school.name() : school.shortName();
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title") + " · " + getTranslation("app.title");
    }
}

package org.ejournal.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.security.MunicipalService;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

/** Browserless: the municipal specialist's school list, the choice handed to the session, a refusal shown. */
class SchoolsViewTest {

    static final Actor RUO = new Actor(90, 1, "ruo", "ruo", Set.of(Role.MUNICIPAL), null, null, null, null);
    static final List<SchoolSummary> SCHOOLS = List.of(
            new SchoolSummary(2, "МАОУ «Гимназия № 1»", "Гимназия № 1", "Тверь"),
            new SchoolSummary(1, "МБОУ «Средняя общеобразовательная школа № 7»", "СОШ № 7", "Тверь"));

    final List<String> calls = new ArrayList<>();
    final List<Actor> chosen = new ArrayList<>();

    final MunicipalService service = new MunicipalService() {
        @Override
        public List<SchoolSummary> schools(Actor actor) {
            if (!actor.has(Role.MUNICIPAL)) {
                throw new AccessDeniedException(Operation.MUNICIPAL_SCHOOL_VIEW, actor.schoolId());
            }
            return SCHOOLS;
        }

        @Override
        public Actor viewSchool(Actor actor, String address, long schoolId) {
            calls.add(actor.login() + " → " + schoolId);
            return new Actor(actor.accountId(), schoolId, actor.login(), actor.displayName(), actor.roles(), null, null,
                    null, null);
        }
    };

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    static List<String> texts(Component c) {
        List<String> out = new ArrayList<>();
        c.getChildren().forEach(child -> {
            if (child instanceof Span s) {
                out.add(s.getText());
            } else if (child instanceof Button b) {
                out.add("[" + b.getText() + "]");
            }
        });
        return out;
    }

    @Test
    void listsEverySchoolAndOpensTheChosenOne() {
        SchoolsView view = new SchoolsView(() -> Optional.of(service), () -> RUO, chosen::add);
        List<List<String>> rows = view.list.getChildren().map(SchoolsViewTest::texts).toList();
        assertEquals(List.of(List.of("МАОУ «Гимназия № 1»", "Тверь", "[Открыть]"),
                List.of("МБОУ «Средняя общеобразовательная школа № 7»", "Тверь", "открыта")), rows);
        assertEquals("Сейчас открыта: СОШ № 7", view.current.getText());

        Button open = (Button) view.list.getChildren().findFirst().orElseThrow().getChildren()
                .filter(Button.class::isInstance).findFirst().orElseThrow();
        assertEquals("school-open-2", open.getId().orElseThrow());
        open.click();
        assertEquals(List.of("ruo → 2"), calls);
        assertEquals(2, chosen.get(0).schoolId());
        assertFalse(view.error.isVisible());
    }

    @Test
    void anotherRoleIsToldNoAccessAndSeesNoSchool() {
        Actor director = new Actor(2, 1, "director", "Директор", Set.of(Role.DIRECTOR), 101L, null, null, null);
        SchoolsView view = new SchoolsView(() -> Optional.of(service), () -> director, chosen::add);
        assertTrue(view.error.isVisible());
        assertEquals("Нет доступа", view.error.getText());
        assertEquals(0, view.list.getChildren().count());
        assertTrue(chosen.isEmpty());
    }

    @Test
    void withoutTheServiceSaysSo() {
        SchoolsView view = new SchoolsView(Optional::empty, () -> RUO, chosen::add);
        assertEquals("Служба «MunicipalService» сейчас недоступна", view.error.getText());
        assertNull(chosen.isEmpty() ? null : chosen.get(0));
    }
}

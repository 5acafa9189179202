package org.ejournal.ui.diary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.privacy.PersonalDataAccess;
import org.ejournal.api.privacy.PersonalDataAccessLog;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;

/** «Доступ к персональным данным» without a browser, against a log with three entries. */
class PersonalDataAccessViewTest {

    static final Actor ZAVUCH = new Actor(3, 1, "zavuch", "Сидорова Елена Викторовна", Set.of(Role.DEPUTY_DIRECTOR),
            102L, null, null, null);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final PersonalDataAccess A = new PersonalDataAccess(LocalDateTime.of(2026, 11, 13, 11, 0), 3L, "zavuch",
            "Сидорова Елена Викторовна", 301, "Абрамова Софья Игоревна", "STUDENT_RECORD", "");
    static final PersonalDataAccess B = new PersonalDataAccess(LocalDateTime.of(2026, 11, 12, 10, 30), 5L, "klassruk",
            "Смирнова Ольга Ивановна", 302, "Белов Артём", "STUDENT_RECORD_EDIT", "10.0.0.5");

    final List<String> calls = new ArrayList<>();

    final PersonalDataAccessLog log = (actor, studentId, from, to) -> {
        if (!actor.has(Role.DEPUTY_DIRECTOR)) {
            throw new AccessDeniedException(Operation.PERSONAL_DATA_LOG_READ, actor.schoolId());
        }
        calls.add(studentId + " " + from + " " + to);
        return studentId == null ? List.of(A, B) : List.of(A, B).stream().filter(e -> e.studentId() == studentId).toList();
    };

    @BeforeEach
    void translate() {
        TranslatingVaadinService.install();
    }

    @AfterEach
    void forget() {
        TranslatingVaadinService.uninstall();
    }

    static List<PersonalDataAccess> rows(Grid<PersonalDataAccess> grid) {
        return grid.getDataProvider().fetch(new Query<>()).toList();
    }

    @Test
    void showsTheLastThirtyDaysWithWhoWhoseWhatAndOffersTheStudentsFound() {
        PersonalDataAccessView view = new PersonalDataAccessView(() -> ZAVUCH, () -> log, () -> TODAY);
        assertEquals(List.of(A, B), rows(view.grid()));
        assertTrue(calls.contains("null 2026-10-21 2026-11-20"), calls.toString());
        assertEquals(List.of("Абрамова Софья Игоревна", "Белов Артём"), view.studentFilter().getListDataView().getItems()
                .map(PersonalDataAccessView.StudentOption::name).toList());

        view.studentFilter().setValue(new PersonalDataAccessView.StudentOption(302, "Белов Артём"));
        assertEquals(List.of(B), rows(view.grid()));
        assertEquals("302 2026-10-21 2026-11-20", calls.get(calls.size() - 1));
    }

    @Test
    void aRefusalIsShownInRussianWithoutRows() {
        Actor teacher = new Actor(4, 1, "teacher", "t", Set.of(Role.SUBJECT_TEACHER), 104L, null, null, null);
        PersonalDataAccessView view = new PersonalDataAccessView(() -> teacher, () -> log, () -> TODAY);
        assertEquals(List.of(), rows(view.grid()));
        assertEquals("Нет доступа к журналу доступа к персональным данным.", view.status().getText());
        assertEquals("pda-error", view.status().getId().orElseThrow());
    }
}

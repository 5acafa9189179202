package org.ejournal.ui.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.movement.AcademicYearInfo;
import org.ejournal.api.movement.PromotionOptions;
import org.ejournal.api.movement.PromotionPlan;
import org.ejournal.api.movement.PromotionPlan.ClassPlan;
import org.ejournal.api.movement.PromotionPlan.HolidayPlan;
import org.ejournal.api.movement.PromotionPlan.Outcome;
import org.ejournal.api.movement.PromotionPlan.PeriodPlan;
import org.ejournal.api.movement.PromotionPlan.StudentPlan;
import org.ejournal.api.movement.PromotionResult;
import org.ejournal.api.movement.PromotionService;
import org.ejournal.api.roster.PersonName;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** Browserless: the promotion view with a fake service that plans like the real one for two classes. */
class PromotionViewTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 10);
    static final Actor DIRECTOR = new Actor(2, 1, "director", "Петрова Галина Сергеевна", Set.of(Role.DIRECTOR),
            101L, null, null, null);

    FakePromotion service;
    PromotionView view;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        service = new FakePromotion();
        view = new PromotionView(() -> DIRECTOR, () -> service, () -> TODAY);
        view.refresh();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void theRunningYearIsChosenAndThePreviewShowsEveryClassAndStudent() {
        assertEquals(1, view.year.getValue().id(), "not promoted, started: 2026/2027");
        view.preview.click();
        assertEquals("Учебный год 2026/2027 → 2027/2028 (с 01.09.2027 по 31.05.2028)",
                ((Paragraph) MovementViewTest.find(view, "promotion-plan-heading").orElseThrow()).getText());
        assertEquals("Будут созданы учебные периоды: I четверть 01.09.2027–26.10.2027",
                ((Paragraph) MovementViewTest.find(view, "promotion-plan-periods").orElseThrow()).getText());
        assertEquals("Каникулы и праздники будут перенесены: Осенние каникулы 27.10.2027–04.11.2027",
                ((Paragraph) MovementViewTest.find(view, "promotion-plan-holidays").orElseThrow()).getText());
        assertEquals("Переводятся: 2, выпускники: 1, остаются на повторное обучение: 0, выбывают: 0",
                view.totals.getText());
        assertEquals("5А → 6А", ((H4) MovementViewTest.find(view, "promotion-class-heading-21").orElseThrow()).getText());
        assertEquals("11А → выпуск",
                ((H4) MovementViewTest.find(view, "promotion-class-heading-27").orElseThrow()).getText());
        assertEquals("переводится в 6А", view.outcomeText(service.plan().classes().get(0).students().get(0)));
        assertTrue(MovementViewTest.find(view, "promotion-copy-21").isPresent());
        assertFalse(MovementViewTest.find(view, "promotion-copy-27").isPresent(), "graduates: nothing to copy to");
    }

    @Test
    void choicesAreSentToThePreviewAndToTheRun() {
        view.preview.click();
        // The grid renders its checkbox column lazily (in the browser): the test builds the same checkbox.
        StudentPlan belov = view.shown.classes().get(0).students().get(1);
        view.choice(belov, view.repeaters, view.leavers, "promotion-repeats-").setValue(true);
        assertEquals(Set.of(302L), service.lastOptions.repeaters());
        assertEquals("Переводятся: 1, выпускники: 1, остаются на повторное обучение: 1, выбывают: 0",
                view.totals.getText(), "the plan is asked again");
        // Leaving instead: taken out of the repeaters.
        view.choice(view.shown.classes().get(0).students().get(1), view.leavers, view.repeaters, "promotion-leaves-")
                .setValue(true);
        assertEquals(Set.of(), service.lastOptions.repeaters());
        assertEquals(Set.of(302L), service.lastOptions.leavers());
        ((Checkbox) MovementViewTest.find(view, "promotion-copy-21").orElseThrow()).setValue(true);

        view.run.click();
        assertNotNull(view.openDialog, "asks once");
        view.confirmNo.click();
        assertTrue(service.runs.isEmpty());
        view.run.click();
        view.confirmYes.click();
        assertEquals(List.of(new PromotionOptions(Set.of(), Set.of(302L), Set.of(21L))), service.runs);
        assertEquals("Готово: учебный год 2027/2028. Создано классов: 1, периодов: 1, каникул и праздников: 1;"
                + " переведено: 1, выпускников: 1,"
                + " оставлено: 0, выбыло: 1; скопировано нагрузок: 2.", view.result.getText());
        assertNull(view.shown);
        assertTrue(view.year.getValue().promoted());
    }

    @Test
    void aSecondRunShowsTheRefusal() {
        view.preview.click();
        view.run.click();
        view.confirmYes.click();
        view.preview.click();
        assertTrue(view.error.isVisible());
        assertEquals("Учебный год 2026/2027 уже переведён на следующий: повторный перевод невозможен.",
                view.error.getText());
        assertNull(view.shown);
        assertEquals(1, service.runs.size());
    }

    /** 2026/2027 with 5А (301, 302) and 11А (353); promotes once. */
    static final class FakePromotion implements PromotionService {
        final List<PromotionOptions> runs = new ArrayList<>();
        PromotionOptions lastOptions = PromotionOptions.none();

        @Override
        public List<AcademicYearInfo> years(Actor actor) {
            return List.of(
                    new AcademicYearInfo(4, "2027/2028", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 5, 31), false),
                    new AcademicYearInfo(1, "2026/2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
                            !runs.isEmpty()),
                    new AcademicYearInfo(2, "2025/2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31), true));
        }

        @Override
        public PromotionPlan preview(Actor actor, long fromYearId, PromotionOptions options) {
            if (!runs.isEmpty()) {
                throw new ValidationException(ALREADY_PROMOTED, "2026/2027");
            }
            lastOptions = options;
            return plan();
        }

        PromotionPlan plan() {
            return new PromotionPlan(1, "2026/2027", "2027/2028", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 5, 31),
                    false, List.of(new PeriodPlan("QUARTERS", 1, "I четверть", LocalDate.of(2027, 9, 1),
                            LocalDate.of(2027, 10, 26), LocalDate.of(2027, 10, 29))),
                    List.of(new HolidayPlan("VACATION", "Осенние каникулы", LocalDate.of(2027, 10, 27),
                            LocalDate.of(2027, 11, 4))),
                    List.of(new ClassPlan(21, "5А", 5, "6А", false, 2, lastOptions.copyAssignmentClasses().contains(21L),
                                    List.of(student(301), student(302))),
                            new ClassPlan(27, "11А", 11, null, false, 3, false,
                                    List.of(new StudentPlan(353, new PersonName("Фролов", "Ян", ""), Outcome.GRADUATED,
                                            null)))));
        }

        StudentPlan student(long id) {
            PersonName name = new PersonName(id == 301 ? "Абрамова" : "Белов", id == 301 ? "Софья" : "Артём", "");
            if (lastOptions.repeaters().contains(id)) {
                return new StudentPlan(id, name, Outcome.REPEATS, "5А");
            }
            if (lastOptions.leavers().contains(id)) {
                return new StudentPlan(id, name, Outcome.LEAVES, null);
            }
            return new StudentPlan(id, name, Outcome.PROMOTED, "6А");
        }

        @Override
        public PromotionResult promote(Actor actor, long fromYearId, PromotionOptions options) {
            if (!runs.isEmpty()) {
                throw new ValidationException(ALREADY_PROMOTED, "2026/2027");
            }
            runs.add(options);
            return new PromotionResult(4, "2027/2028", 1, 1, 1, 1, 1, 0, 1, 2);
        }
    }
}

package org.ejournal.ui.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.movement.ClassChoice;
import org.ejournal.api.movement.DepartureCause;
import org.ejournal.api.movement.EnrollmentRecord;
import org.ejournal.api.movement.Movement;
import org.ejournal.api.movement.MovementService;
import org.ejournal.api.movement.MovementStudent;
import org.ejournal.api.movement.PromotionService;
import org.ejournal.api.roster.PersonName;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;

/** Browserless: the view built directly with a fake service, texts from this bundle's messages. */
class MovementViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Actor ZAVUCH = new Actor(3, 1, "zavuch", "Сидорова Елена Викторовна", Set.of(Role.DEPUTY_DIRECTOR),
            102L, null, null, null);
    static final PersonName BELOV = new PersonName("Белов", "Артём", "");
    static final PersonName YAKOVLEVA = new PersonName("Яковлева", "Дарья", "Романовна");
    static final ClassChoice FIVE_A = new ClassChoice(21, "5А", 5, 1, "2026/2027");
    static final ClassChoice FIVE_B = new ClassChoice(22, "5Б", 5, 1, "2026/2027");

    FakeMovement service;
    MovementView view;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        service = new FakeMovement();
        view = new MovementView(() -> ZAVUCH, () -> service, () -> TODAY);
        view.refresh();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void aStudentFoundByNameShowsHisHistoryInRussian() {
        view.search.setValue("Бел");
        view.find.click();
        assertEquals("Бел", service.searched);
        // One match: chosen at once.
        H3 heading = (H3) find(view, "movement-heading").orElseThrow();
        assertEquals("Белов Артём, 5А", heading.getText());
        List<EnrollmentRecord> rows = view.history.getListDataView().getItems().toList();
        assertEquals(2, rows.size());
        assertEquals("выбыл, смена места жительства: г. Москва", endText(rows.get(0)));
        assertEquals("прибыл: Гимназия № 2", startText(rows.get(1)));
        assertNotNull(view.transferButton, "in a class: transfer and departure are offered");
        assertNotNull(view.departButton);
        assertNull(view.arriveButton);
        assertEquals(List.of(FIVE_A, FIVE_B), view.transferClass.getListDataView().getItems().toList(),
                "the classes of the year containing the chosen date");
    }

    @Test
    void aTransferAsksOnceThenMovesAndShowsTheNewHistory() {
        view.search.setValue("Бел");
        view.find.click();
        view.transferDate.setValue(LocalDate.of(2026, 11, 23));
        view.transferClass.setValue(FIVE_B);
        view.transferButton.click();
        assertNotNull(view.openDialog, "a confirmation, not an immediate transfer");
        assertTrue(service.calls.isEmpty());
        view.confirmNo.click();
        assertTrue(service.calls.isEmpty());
        view.transferButton.click();
        view.confirmYes.click();
        assertEquals(List.of("transfer 302 → 22 from 2026-11-23"), service.calls);
        assertFalse(view.error.isVisible());
        assertEquals("Белов Артём, 5Б", ((H3) find(view, "movement-heading").orElseThrow()).getText());
    }

    @Test
    void aRefusalOfTheServiceIsShownInRussianAndNothingChanges() {
        view.search.setValue("Бел");
        view.find.click();
        view.transferClass.setValue(FIVE_A);
        view.transferButton.click();
        view.confirmYes.click();
        assertTrue(view.error.isVisible());
        assertEquals("Ученик уже в классе 5А: выберите другой класс.", view.error.getText());
        view.departDestination.setValue(" ");
        view.departCause.setValue(DepartureCause.RELOCATION);
        view.departButton.click();
        view.confirmYes.click();
        assertEquals("Укажите, куда выбыл ученик.", view.error.getText());
        view.showError(new AccessDeniedException(Operation.STUDENT_MOVE, 1));
        assertEquals("Нет доступа: движение учащихся оформляют заместитель директора и директор.", view.error.getText());
    }

    @Test
    void aDepartureRecordsCauseAndDestination() {
        view.search.setValue("Бел");
        view.find.click();
        view.departDate.setValue(LocalDate.of(2026, 11, 27));
        view.departCause.setValue(DepartureCause.OTHER_SCHOOL);
        view.departDestination.setValue("МБОУ СОШ № 3 г. Твери");
        assertEquals("перевод в другую образовательную организацию",
                view.departCause.getItemLabelGenerator().apply(DepartureCause.OTHER_SCHOOL));
        view.departButton.click();
        view.confirmYes.click();
        assertEquals(List.of("depart 302 on 2026-11-27 OTHER_SCHOOL МБОУ СОШ № 3 г. Твери"), service.calls);
        assertEquals("Белов Артём, в классе не числится",
                ((H3) find(view, "movement-heading").orElseThrow()).getText());
        assertNotNull(view.arriveButton, "now only an arrival is offered");
        assertNull(view.transferButton);
    }

    @Test
    void aStudentInNoClassArrives() {
        view.search.setValue("Як");
        view.find.click();
        assertNotNull(view.arriveButton);
        view.arriveClass.setValue(FIVE_B);
        view.arriveFrom.setValue("Гимназия № 2 г. Торжка");
        view.arriveButton.click();
        view.confirmYes.click();
        assertEquals(List.of("arrive 306 → 22 from 2026-11-20 Гимназия № 2 г. Торжка"), service.calls);
    }

    @Test
    void aNewStudentArrivesThroughTheForm() {
        view.newStudent.click();
        NewStudentForm form = view.newForm;
        form.lastName.setValue("Орехов");
        form.firstName.setValue("Олег");
        form.gender.setValue("M");
        form.schoolClass.setValue(FIVE_B);
        form.from.setValue("СОШ № 12");
        form.save.click();
        assertEquals(List.of("arriveNew Орехов Олег M → 22 from 2026-11-20 СОШ № 12"), service.calls);
        assertFalse(view.error.isVisible());
        form = view.newForm;
        view.newStudent.click();
        view.newForm.lastName.setValue("Орехов");
        view.newForm.save.click();
        assertEquals("Укажите фамилию и имя (не длиннее 100 знаков).", view.error.getText());
    }

    @Test
    void theMenuEntryIsForTheAdministrationOnly() {
        MovementViewContribution movement = new MovementViewContribution();
        assertEquals("movement", movement.route());
        assertEquals(Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR), movement.roles());
        assertEquals("Движение учащихся", movement.title(Locale.forLanguageTag("ru")));
        PromotionViewContribution promotion = new PromotionViewContribution();
        assertEquals("promotion", promotion.route());
        assertEquals(Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR), promotion.roles());
        assertEquals("Перевод на следующий год", promotion.title(Locale.forLanguageTag("ru")));
        assertEquals("Promotion to the next year", promotion.title(Locale.ENGLISH));
    }

    @Test
    void russianAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertEquals(load("/l10n/messages.properties").keySet(), load("/l10n/messages_en.properties").keySet());
    }

    @Test
    void everyMessageKeyOfTheServicesAndEveryCauseIsTranslated() throws Exception {
        Properties ru = load("/l10n/messages.properties");
        for (Class<?> type : List.of(MovementService.class, PromotionService.class)) {
            for (var field : type.getFields()) {
                if (field.getType() == String.class) {
                    assertTrue(ru.containsKey((String) field.get(null)), field.getName());
                }
            }
        }
        for (DepartureCause cause : DepartureCause.values()) {
            assertTrue(ru.containsKey("movement.cause." + cause.name()), cause.name());
        }
        for (String reason : List.of("ENROLLED", "ARRIVED", "TRANSFERRED", "PROMOTED", "LEFT", "GRADUATED")) {
            assertTrue(ru.containsKey("movement.reason." + reason), reason);
        }
    }

    String startText(EnrollmentRecord r) {
        return view.startText(r);
    }

    String endText(EnrollmentRecord r) {
        return view.endText(r);
    }

    static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MovementViewTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }

    /** Белов (302) in 5А after leaving once and coming back; Яковлева (306) in no class. */
    static final class FakeMovement implements MovementService {
        final List<String> calls = new ArrayList<>();
        String searched;
        String belovClass = "5А";

        @Override
        public List<MovementStudent> search(Actor actor, String text) {
            searched = text;
            if (text.startsWith("Як")) {
                return List.of(new MovementStudent(306, YAKOVLEVA, null, true));
            }
            if (text.startsWith("Ор")) {
                return List.of(new MovementStudent(901, new PersonName("Орехов", "Олег", ""), "5Б", true));
            }
            return List.of(new MovementStudent(302, BELOV, belovClass, true));
        }

        @Override
        public List<ClassChoice> classes(Actor actor, LocalDate date) {
            return date.getYear() == 2026 && date.getMonthValue() >= 9 ? List.of(FIVE_A, FIVE_B) : List.of();
        }

        @Override
        public List<EnrollmentRecord> history(Actor actor, long studentId) {
            if (studentId == 306) {
                return List.of(new EnrollmentRecord(1, 306, 21, "5А", "2026/2027", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 10, 1), "ENROLLED", null, "LEFT", "RELOCATION", "г. Тверь"));
            }
            List<EnrollmentRecord> stays = new ArrayList<>(List.of(
                    new EnrollmentRecord(2, 302, 21, "5А", "2026/2027", LocalDate.of(2026, 9, 1),
                            LocalDate.of(2026, 9, 20), "ENROLLED", null, "LEFT", "RELOCATION", "г. Москва")));
            if (belovClass != null) {
                stays.add(new EnrollmentRecord(3, 302, "5А".equals(belovClass) ? 21 : 22, belovClass, "2026/2027",
                        LocalDate.of(2026, 10, 5), null, "ARRIVED", "Гимназия № 2", null, null, null));
            }
            return stays;
        }

        @Override
        public EnrollmentRecord arrive(Actor actor, long studentId, long classId, LocalDate date, String from) {
            calls.add("arrive " + studentId + " → " + classId + " from " + date + " " + from);
            return null;
        }

        @Override
        public long arriveNew(Actor actor, PersonName name, String gender, long classId, LocalDate date, String from) {
            if (name.lastName().isBlank() || name.firstName().isBlank()) {
                throw new ValidationException(NAME_REQUIRED);
            }
            calls.add("arriveNew " + name.full() + " " + gender + " → " + classId + " from " + date + " " + from);
            return 901;
        }

        @Override
        public EnrollmentRecord depart(Actor actor, long studentId, LocalDate lastDay, DepartureCause cause,
                                       String destination) {
            if (destination == null || destination.isBlank()) {
                throw new ValidationException(DESTINATION_REQUIRED);
            }
            calls.add("depart " + studentId + " on " + lastDay + " " + cause + " " + destination);
            belovClass = null;
            return null;
        }

        @Override
        public EnrollmentRecord transfer(Actor actor, long studentId, long toClassId, LocalDate effectiveDate) {
            if (toClassId == 21) {
                throw new ValidationException(SAME_CLASS, "5А");
            }
            calls.add("transfer " + studentId + " → " + toClassId + " from " + effectiveDate);
            belovClass = "5Б";
            return null;
        }

        @Override
        public List<Movement> movements(Actor actor, LocalDate from, LocalDate to) {
            return List.of();
        }
    }
}

package org.ejournal.ui.roster.internal;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.people.ClassStudentConsent;
import org.ejournal.api.people.ConsentRecord;
import org.ejournal.api.people.PeopleService;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.people.PersonSummary;
import org.ejournal.api.people.PersonalData;
import org.ejournal.api.people.StudentEdit;
import org.ejournal.api.people.StudentRecord;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

/** Browserless: the view built directly with fake services, texts from this bundle's messages. */
class StudentsViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Actor KLASSRUK = new Actor(5, 1, "klassruk", "Смирнова Ольга Ивановна",
            Set.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), 105L, null, null, null);
    static final SchoolClassSummary FIVE_A = new SchoolClassSummary(21, 1, 5, "А", 105L, "Смирнова Ольга Ивановна", 2);
    static final SchoolClassSummary FIVE_B = new SchoolClassSummary(22, 1, 5, "Б", 106L, "Орлов Дмитрий Андреевич", 1);
    static final PersonName SOFIA = new PersonName("Абрамова", "Софья", "Игоревна");
    static final PersonName ARTEM = new PersonName("Белов", "Артём", "");
    static final PersonSummary MOTHER = new PersonSummary(401, PersonKind.PARENT,
            new PersonName("Абрамова", "Наталья", "Викторовна"), true);

    FakePeople people;
    StudentsView view;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        people = new FakePeople();
        view = new StudentsView(() -> KLASSRUK, FakeRoster::new, () -> people, () -> TODAY,
                // the access policy: the class teacher keeps the people of her own class only
                () -> (actor, operation, id) -> operation == Operation.CLASS_PEOPLE_MANAGE && id == FIVE_A.id());
        view.refresh();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void classTeacherSeesOnlyHerClassAndWhoLacksConsent() {
        assertEquals(FIVE_A, view.classSelect.getValue(), "5Б is taught but not hers");
        assertEquals("Без согласия на обработку персональных данных: 1 из 2", view.summary.getText());
        Component marker = StudentsView.consentMarker(new ClassStudentConsent(302, ARTEM, false));
        assertEquals("нет согласия", ((Span) marker).getText());
        assertEquals("students-no-consent-302", marker.getId().orElseThrow());
        assertEquals("", ((Span) StudentsView.consentMarker(new ClassStudentConsent(301, SOFIA, true))).getText());
    }

    @Test
    void withoutConsentThePersonalFieldsAreDisabledAndExplained() {
        view.showStudent(302L);
        assertFalse(view.form.address.isEnabled());
        assertFalse(view.form.birthDate.isEnabled());
        assertFalse(view.form.healthGroup.isEnabled());
        assertTrue(view.form.lastName.isEnabled());
        assertTrue(view.form.noConsentHint.isVisible());
        assertTrue(find(view, "student-consent-none").isPresent());
        assertTrue(find(view, "consent-record").isPresent());
    }

    @Test
    void withConsentTheFieldsAreEditableAndSaved() {
        view.showStudent(301L);
        assertTrue(view.form.address.isEnabled());
        assertFalse(view.form.noConsentHint.isVisible());
        view.form.address.setValue("г. Тверь, ул. Советская, 1");
        view.form.healthGroup.setValue(2);
        view.form.save.click();
        StudentEdit saved = people.saved.get(301L);
        assertEquals("г. Тверь, ул. Советская, 1", saved.personalData().address());
        assertEquals(2, saved.personalData().healthGroup());
        assertFalse(view.error.isVisible());
    }

    @Test
    void aRefusalOfTheServiceIsShownInRussian() {
        view.showStudent(302L);
        view.form.lastName.setValue(" ");
        view.form.save.click();
        assertTrue(view.error.isVisible());
        assertEquals("Укажите фамилию и имя (не длиннее 100 знаков).", view.error.getText());
        view.showError(new AccessDeniedException(Operation.STUDENT_DATA_MANAGE, 9));
        assertEquals("Нет доступа к данным этого ученика или класса.", view.error.getText());
    }

    @Test
    void withdrawalAsksOnceThenErases() {
        view.showStudent(301L);
        Button withdraw = (Button) find(view, "student-consent-withdraw").orElseThrow();
        withdraw.click();
        assertNotNull(view.openDialog, "a confirmation, not an immediate withdrawal");
        assertTrue(people.withdrawn.isEmpty());
        view.confirmNo.click();
        assertTrue(people.withdrawn.isEmpty());
        withdraw.click();
        view.confirmYes.click();
        assertEquals(List.of(901L), people.withdrawn);
        assertNull(view.openDialog);
        assertFalse(view.form.address.isEnabled(), "the form is shown again without consent");
        assertEquals("Без согласия на обработку персональных данных: 2 из 2", view.summary.getText());
    }

    @Test
    void recordingAConsentNamesTheRepresentativeAfterConfirmation() {
        view.showStudent(302L);
        ((Button) find(view, "consent-record").orElseThrow()).click();
        view.confirmYes.click();
        assertEquals(List.of("302/401/" + TODAY + "/ФИО, дата рождения, адрес, телефон, документ, группа здоровья"),
                people.recorded);
        assertTrue(view.form.address.isEnabled());
    }

    @Test
    void aNewStudentIsEnrolledInTheChosenClassFromADate() {
        view.addStudent.click();
        assertNotNull(view.newStudentForm);
        assertEquals(TODAY, view.newStudentForm.from.getValue());
        view.newStudentForm.lastName.setValue(" ");
        view.newStudentForm.enroll.click();
        assertEquals("Укажите фамилию и имя (не длиннее 100 знаков).", view.error.getText());
        assertTrue(people.created.isEmpty());
        view.newStudentForm.lastName.setValue("Новиков");
        view.newStudentForm.firstName.setValue("Олег");
        view.newStudentForm.gender.setValue("M");
        view.newStudentForm.from.setValue(LocalDate.of(2026, 11, 23));
        view.newStudentForm.enroll.click();
        assertEquals(List.of("21/2026-11-23/Новиков Олег/M"), people.created);
        assertFalse(view.error.isVisible());
        assertNotNull(view.form, "the new student's record is shown");
    }

    @Test
    void aRepresentativeIsChangedOrAdded() {
        view.showStudent(302L);
        ((Button) find(view, "parent-edit-401").orElseThrow()).click();
        view.parentForm.email.setValue("без собаки");
        view.parentForm.save.click();
        assertEquals("Проверьте контакты: адрес эл. почты с «@» (до 200 знаков), телефон до 30 знаков.",
                view.error.getText());
        view.parentForm.email.setValue("abramova@mail.ru");
        view.parentForm.save.click();
        assertEquals(List.of("update 401 Абрамова Наталья Викторовна abramova@mail.ru"), people.parentChanges);

        ((Button) find(view, "parent-new").orElseThrow()).click();
        view.parentForm.relation.setValue("FATHER");
        view.parentForm.lastName.setValue("Белов");
        view.parentForm.firstName.setValue("Игорь");
        view.parentForm.gender.setValue("M");
        view.parentForm.save.click();
        assertEquals("create 302 FATHER Белов Игорь", people.parentChanges.get(1));
    }

    @Test
    void russianAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertEquals(load("/l10n/messages.properties").keySet(), load("/l10n/messages_en.properties").keySet());
    }

    @Test
    void everyMessageKeyOfTheServiceIsTranslated() throws IOException {
        Properties ru = load("/l10n/messages.properties");
        for (var field : PeopleService.class.getFields()) {
            if (field.getType() == String.class) {
                try {
                    assertTrue(ru.containsKey((String) field.get(null)), field.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StudentsViewTest.class.getResourceAsStream(path)) {
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

    static final class FakeRoster implements RosterService {
        @Override
        public SchoolSummary school(Actor actor) {
            return new SchoolSummary(1, "Средняя школа № 7", "СОШ № 7", "Тверь");
        }

        @Override
        public List<SchoolClassSummary> classes(Actor actor) {
            return List.of(FIVE_A, FIVE_B);
        }

        @Override
        public SchoolClassSummary schoolClass(Actor actor, long classId) {
            return FIVE_A;
        }

        @Override
        public List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate) {
            return List.of();
        }
    }

    /** 301 has consent 901 given by her mother 401; 302 has none (401 represents him too, for the test). */
    static final class FakePeople implements PeopleService {
        final Map<Long, StudentEdit> saved = new HashMap<>();
        final List<Long> withdrawn = new ArrayList<>();
        final List<String> recorded = new ArrayList<>();
        final Map<Long, Boolean> consent = new HashMap<>(Map.of(301L, true, 302L, false));

        @Override
        public List<PersonSummary> search(Actor actor, PersonKind kind, String text) {
            return List.of();
        }

        @Override
        public StudentRecord student(Actor actor, long studentId) {
            PersonName name = studentId == 301 ? SOFIA : ARTEM;
            List<ConsentRecord> consents = consent.get(studentId)
                    ? List.of(new ConsentRecord(901, studentId, 401, MOTHER.name(), LocalDate.of(2026, 9, 1), "ФИО",
                            null))
                    : List.of();
            return new StudentRecord(studentId, name, studentId == 301 ? "F" : "M", true, PersonalData.NONE, consents);
        }

        final List<String> created = new ArrayList<>();

        @Override
        public long createStudent(Actor actor, long classId, LocalDate from, StudentEdit edit) {
            if (edit.name().lastName().isBlank()) {
                throw new ValidationException(NAME_REQUIRED);
            }
            created.add(classId + "/" + from + "/" + edit.name().full() + "/" + edit.gender());
            return 302;
        }

        @Override
        public StudentRecord updateStudent(Actor actor, long studentId, StudentEdit edit) {
            if (edit.name().lastName().isBlank()) {
                throw new ValidationException(NAME_REQUIRED);
            }
            saved.put(studentId, edit);
            return student(actor, studentId);
        }

        @Override
        public void rename(Actor actor, PersonKind kind, long personId, PersonName name) {
        }

        @Override
        public void deactivate(Actor actor, PersonKind kind, long personId) {
        }

        @Override
        public List<PersonSummary> representatives(Actor actor, long studentId) {
            return List.of(MOTHER);
        }

        @Override
        public ConsentRecord recordConsent(Actor actor, long studentId, long parentId, LocalDate givenOn,
                                           String scope) {
            recorded.add(studentId + "/" + parentId + "/" + givenOn + "/" + scope);
            consent.put(studentId, true);
            return student(actor, studentId).activeConsent().orElseThrow();
        }

        @Override
        public StudentRecord withdrawConsent(Actor actor, long consentId) {
            withdrawn.add(consentId);
            consent.put(301L, false);
            return student(actor, 301);
        }

        @Override
        public List<ClassStudentConsent> classStudents(Actor actor, long classId, LocalDate date) {
            return List.of(new ClassStudentConsent(301, SOFIA, consent.get(301L)),
                    new ClassStudentConsent(302, ARTEM, consent.get(302L)));
        }

        @Override
        public List<ClassStudentConsent> studentsWithoutConsent(Actor actor, long classId, LocalDate date) {
            return classStudents(actor, classId, date).stream().filter(s -> !s.hasConsent()).toList();
        }

        final List<String> parentChanges = new ArrayList<>();

        @Override
        public List<org.ejournal.api.people.StaffRecord> staffList(Actor actor) {
            return List.of();
        }

        @Override
        public long createStaff(Actor actor, org.ejournal.api.people.StaffEdit edit) {
            return 0;
        }

        @Override
        public org.ejournal.api.people.StaffRecord updateStaff(Actor actor, long staffId,
                                                              org.ejournal.api.people.StaffEdit edit) {
            return null;
        }

        @Override
        public org.ejournal.api.people.ParentRecord parent(Actor actor, long parentId) {
            return new org.ejournal.api.people.ParentRecord(parentId, MOTHER.name(), "F", "+7 900 000-00-07", "", true,
                    List.of());
        }

        @Override
        public org.ejournal.api.people.ParentRecord updateParent(Actor actor, long parentId,
                                                                org.ejournal.api.people.ParentEdit edit) {
            if (edit.email() != null && !edit.email().isEmpty() && !edit.email().contains("@")) {
                throw new ValidationException(CONTACT_INVALID);
            }
            parentChanges.add("update " + parentId + " " + edit.name().full() + " " + edit.email());
            return parent(actor, parentId);
        }

        @Override
        public long createParent(Actor actor, long studentId, String relation, org.ejournal.api.people.ParentEdit edit) {
            parentChanges.add("create " + studentId + " " + relation + " " + edit.name().full());
            return 402;
        }
    }
}

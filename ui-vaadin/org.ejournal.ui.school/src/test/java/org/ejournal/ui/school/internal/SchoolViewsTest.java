package org.ejournal.ui.school.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.api.school.AcademicYearInfo;
import org.ejournal.api.school.AssignmentInfo;
import org.ejournal.api.school.ClassInfo;
import org.ejournal.api.school.HolidayKind;
import org.ejournal.api.school.PeriodScheme;
import org.ejournal.api.school.SchoolYearService;
import org.ejournal.api.school.StaffInfo;
import org.ejournal.api.school.StaffingService;
import org.ejournal.api.school.StudentTutors;
import org.ejournal.api.school.TutorAssignmentInfo;
import org.ejournal.api.school.StudyPeriodInfo;
import org.ejournal.api.school.SubgroupInfo;
import org.ejournal.api.school.SubjectInfo;
import org.ejournal.api.school.SubstitutionInfo;
import org.ejournal.api.ui.ViewContribution;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/** Browserless: the four setup views built with fake services, texts from this bundle's messages. */
class SchoolViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Actor ZAVUCH = new Actor(3, 1, "zavuch", "Сидорова Елена Викторовна", Set.of(Role.DEPUTY_DIRECTOR),
            102L, null, null, null);
    static final AcademicYearInfo Y2025 = new AcademicYearInfo(2, "2025/2026", LocalDate.of(2025, 9, 1),
            LocalDate.of(2026, 5, 31));
    static final AcademicYearInfo Y2026 = new AcademicYearInfo(1, "2026/2027", LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 5, 31));
    static final StudyPeriodInfo Q1 = new StudyPeriodInfo(11, 1, PeriodScheme.QUARTERS, 1, "I четверть",
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 29), null);
    static final StaffInfo IVANOVA = new StaffInfo(104, new PersonName("Иванова", "Мария", "Петровна"),
            "учитель математики", true);
    static final StaffInfo ORLOV = new StaffInfo(106, new PersonName("Орлов", "Дмитрий", "Андреевич"),
            "учитель русского языка", true);
    static final ClassInfo FIVE_A = new ClassInfo(21, 1, 5, "А", 105L, "Смирнова Ольга Ивановна", PeriodScheme.QUARTERS, 2);
    static final SubjectInfo ENGLISH = new SubjectInfo(44, "Английский язык", "Англ.", 3);
    static final StudentSummary SOFIA = new StudentSummary(301, new PersonName("Абрамова", "Софья", "Игоревна"));
    static final StudentSummary ARTEM = new StudentSummary(302, new PersonName("Белов", "Артём", ""));
    static final SubgroupInfo GROUP_1 = new SubgroupInfo(61, 21, 44, "Английский язык", "группа 1", true, List.of(SOFIA));
    static final AssignmentInfo ENGLISH_G1 = new AssignmentInfo(71, 1, 21, "5А", 61L, "группа 1", 44, "Английский язык",
            106, ORLOV.name(), new BigDecimal("1.5"));
    static final AssignmentInfo MATH_5A = new AssignmentInfo(51, 1, 21, "5А", null, "", 41, "Математика", 104,
            IVANOVA.name(), new BigDecimal("5.0"));

    static final StaffInfo LEBEDEVA = new StaffInfo(107, new PersonName("Лебедева", "Анна", ""), "тьютор", true);
    static final TutorAssignmentInfo SOFIA_TUTOR_ENDED = new TutorAssignmentInfo(91, 107, LEBEDEVA.name(), 301,
            SOFIA.name(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
    static final TutorAssignmentInfo ARTEM_TUTOR = new TutorAssignmentInfo(92, 107, LEBEDEVA.name(), 302,
            ARTEM.name(), LocalDate.of(2026, 11, 20), null);

    Fake<SchoolYearService> years;
    Fake<StaffingService> staffing;
    Fake<RosterService> roster;
    List<AcademicYearInfo> yearList;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        yearList = new ArrayList<>(List.of(Y2026, Y2025));
        years = new Fake<>(SchoolYearService.class).on("years", a -> List.copyOf(yearList))
                .on("periods", a -> List.of(Q1)).on("holidays", a -> List.of());
        staffing = new Fake<>(StaffingService.class).on("staff", a -> List.of(IVANOVA, ORLOV))
                .on("subjects", a -> List.of(ENGLISH)).on("classes", a -> List.of(FIVE_A))
                .on("subgroups", a -> List.of(GROUP_1)).on("assignments", a -> List.of(MATH_5A, ENGLISH_G1))
                .on("yearAssignments", a -> List.of(MATH_5A, ENGLISH_G1)).on("substitutions", a -> List.of())
                .on("tutors", a -> List.of(LEBEDEVA))
                .on("tutorAssignments", a -> List.of(new StudentTutors(SOFIA, List.of(SOFIA_TUTOR_ENDED)),
                        new StudentTutors(ARTEM, List.of())));
        roster = new Fake<>(RosterService.class).on("classList", a -> List.of(SOFIA, ARTEM));
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    SetupServices services() {
        return new SetupServices(() -> ZAVUCH, () -> years.service, () -> staffing.service, () -> roster.service,
                () -> TODAY);
    }

    // --- «Учебный год»

    @Test
    void anEmptySchoolIsInvitedToCreateItsFirstYear() {
        yearList.clear();
        years.on("createYear", a -> {
            AcademicYearInfo created = new AcademicYearInfo(5, (String) a[1], (LocalDate) a[2], (LocalDate) a[3]);
            yearList.add(created);
            return created;
        });
        SchoolYearView view = new SchoolYearView(services());
        view.refresh();
        assertTrue(find(view, "school-year-none").isPresent());
        view.yearName.setValue("2026/2027");
        view.yearStart.setValue(LocalDate.of(2026, 9, 1));
        view.yearEnd.setValue(LocalDate.of(2027, 5, 31));
        view.createYear.click();
        assertEquals("createYear [2026/2027, 2026-09-01, 2027-05-31]", years.last("createYear"));
        assertEquals("2026/2027", view.yearSelect.getValue().name());
        assertTrue(find(view, "school-year-none").isEmpty());
        assertTrue(find(view, "periods-grid").isPresent());
    }

    @Test
    void theYearOfTodayIsShownWithItsPeriodsAndARefusalIsExplainedInRussian() {
        years.on("addPeriod", a -> {
            throw new ValidationException(SchoolYearService.DEADLINE_BEFORE_END);
        });
        SchoolYearView view = new SchoolYearView(services());
        view.refresh();
        assertEquals(Y2026, view.yearSelect.getValue());
        assertEquals(List.of(Q1), view.periods.getGenericDataView().getItems().toList());
        view.periodName.setValue("II четверть");
        view.periodStart.setValue(LocalDate.of(2026, 11, 5));
        view.periodEnd.setValue(LocalDate.of(2026, 12, 28));
        view.periodDeadline.setValue(LocalDate.of(2026, 12, 27));
        view.addPeriod.click();
        assertEquals("addPeriod [1, QUARTERS, PeriodEdit[name=II четверть, start=2026-11-05, end=2026-12-28,"
                + " finalMarkDeadline=2026-12-27]]", years.last("addPeriod"));
        assertTrue(view.error.isVisible());
        assertEquals("Срок выставления итоговых отметок не может быть раньше окончания периода.", view.error.getText());
        view.showError(new ValidationException(SchoolYearService.PERIOD_OVERLAP, "I четверть"));
        assertEquals("Даты пересекаются с периодом «I четверть».", view.error.getText());
        view.showError(new AccessDeniedException(Operation.SCHOOL_SETUP_MANAGE, 1));
        assertEquals("Нет доступа к настройке учебного года этой школы.", view.error.getText());
    }

    @Test
    void lockingAPeriodAsksOnceAndHolidaysAreAdded() {
        years.on("lockPeriod", a -> Q1).on("addHoliday", a -> null);
        SchoolYearView view = new SchoolYearView(services());
        view.refresh();
        Button lock = (Button) view.lockButton(Q1);
        assertEquals("Закрыть период", lock.getText());
        lock.click();
        assertNotNull(view.openDialog, "a confirmation, not an immediate lock");
        view.confirmNo.click();
        assertEquals(0, years.count("lockPeriod"));
        lock.click();
        view.confirmYes.click();
        assertEquals("lockPeriod [11]", years.last("lockPeriod"));
        assertNull(view.openDialog);
        StudyPeriodInfo locked = new StudyPeriodInfo(11, 1, PeriodScheme.QUARTERS, 1, "I четверть", Q1.start(), Q1.end(),
                Q1.finalMarkDeadline(), LocalDateTime.of(2026, 11, 1, 10, 0));
        assertEquals("Открыть период", ((Button) view.lockButton(locked)).getText());

        view.holidayKind.setValue(HolidayKind.VACATION);
        view.holidayName.setValue("Осенние каникулы");
        view.holidayStart.setValue(LocalDate.of(2026, 10, 27));
        view.holidayEnd.setValue(LocalDate.of(2026, 11, 4));
        view.addHoliday.click();
        assertEquals("addHoliday [1, VACATION, Осенние каникулы, 2026-10-27, 2026-11-04]", years.last("addHoliday"));
        assertFalse(view.error.isVisible());
    }

    // --- «Классы»

    @Test
    void aClassIsCreatedWithItsTeacherAndASubgroupGetsItsMembers() {
        staffing.on("createClass", a -> FIVE_A).on("setMembers", a -> GROUP_1);
        ClassesView view = new ClassesView(services());
        view.refresh();
        assertEquals(List.of(FIVE_A), view.classes.getGenericDataView().getItems().toList());
        view.grade.setValue(6);
        view.letter.setValue("В");
        view.classTeacher.setValue(IVANOVA);
        view.scheme.setValue(PeriodScheme.HALF_YEARS);
        view.createClass.click();
        assertEquals("createClass [1, ClassEdit[grade=6, letter=В, classTeacherId=104, scheme=HALF_YEARS]]",
                staffing.last("createClass"));

        view.classes.select(FIVE_A);
        assertEquals("А", view.letter.getValue());
        assertEquals(List.of(GROUP_1), view.subgroups.getGenericDataView().getItems().toList());
        view.subgroups.select(GROUP_1);
        assertEquals(Set.of(SOFIA), view.members.getValue(), "current members are ticked");
        view.members.setValue(Set.of(SOFIA, ARTEM));
        view.saveMembers.click();
        String call = staffing.last("setMembers");
        assertTrue(call.startsWith("setMembers [61, ["), call);
        assertTrue(call.contains("301") && call.contains("302") && call.endsWith(", 2026-11-20]"), call);

        staffing.on("setMembers", a -> {
            throw new ValidationException(StaffingService.MEMBER_IN_OTHER_SUBGROUP, "Белов Артём", "группа 2");
        });
        view.saveMembers.click();
        assertEquals("Белов Артём уже в подгруппе «группа 2» по этому предмету.", view.error.getText());
    }

    @Test
    void aClassShowsEachStudentsTutorsAndTheDeputyAssignsAndEndsOne() {
        ClassesView view = new ClassesView(services());
        view.refresh();
        view.classes.select(FIVE_A);
        assertTrue(find(view, "tutors-section").isPresent());
        assertTrue(find(view, "tutor-none").isEmpty(), "the school has a tutor");
        assertEquals(List.of(LEBEDEVA), view.tutorPick.getListDataView().getItems().toList());
        List<StudentTutors> rows = view.tutorStudents.getGenericDataView().getItems().toList();
        assertEquals(2, rows.size());
        assertFalse(view.assignTutor.isEnabled(), "pick a student first");

        view.tutorStudents.select(rows.get(1));
        assertTrue(view.assignTutor.isEnabled());
        assertFalse(view.endTutor.isEnabled(), "Артём has no open tutor");
        assertEquals(TODAY, view.tutorFrom.getValue());
        view.tutorPick.setValue(LEBEDEVA);
        staffing.on("assignTutor", a -> ARTEM_TUTOR).on("tutorAssignments",
                a -> List.of(new StudentTutors(SOFIA, List.of(SOFIA_TUTOR_ENDED)), new StudentTutors(ARTEM, List.of(ARTEM_TUTOR))));
        view.assignTutor.click();
        assertEquals("assignTutor [107, 302, 2026-11-20]", staffing.last("assignTutor"));
        assertFalse(view.error.isVisible());
        assertTrue(view.endTutor.isEnabled(), "the new open row can be ended");
        assertEquals(ARTEM_TUTOR, view.tutorOpen.getValue());

        view.tutorLastDay.setValue(LocalDate.of(2026, 12, 28));
        staffing.on("endTutor", a -> {
            throw new ValidationException(StaffingService.TUTOR_ENDED, "28.12.2026");
        });
        view.endTutor.click();
        assertEquals("endTutor [92, 2026-12-28]", staffing.last("endTutor"));
        assertEquals("Назначение уже завершено (28.12.2026).", view.error.getText());

        staffing.on("assignTutor", a -> {
            throw new ValidationException(StaffingService.TUTOR_OVERLAP, "20.11.2026", "…");
        });
        view.assignTutor.click();
        assertEquals("Этот тьютор уже ведёт ученика: 20.11.2026 – ….", view.error.getText());
    }

    // --- «Нагрузка»

    @Test
    void assignmentsOfAClassAreListedAddedForASubgroupAndRemovedAfterAConfirmation() {
        staffing.on("createAssignment", a -> ENGLISH_G1).on("removeAssignment", a -> null);
        StaffingView view = new StaffingView(services());
        view.refresh();
        assertEquals(FIVE_A, view.classSelect.getValue());
        assertEquals(List.of(MATH_5A, ENGLISH_G1), view.assignments.getGenericDataView().getItems().toList());
        view.subject.setValue(ENGLISH);
        assertEquals(List.of(GROUP_1), view.subgroup.getListDataView().getItems().toList(), "subgroups of the subject");
        view.subgroup.setValue(GROUP_1);
        view.teacher.setValue(ORLOV);
        assertEquals("Нагрузка учителя Орлов Дмитрий Андреевич: 1.5 ч в неделю", view.teacherLoad.getText());
        view.hours.setValue(new BigDecimal("2"));
        view.add.click();
        assertEquals("createAssignment [AssignmentEdit[classId=21, subgroupId=61, subjectId=44, teacherId=106,"
                + " hoursPerWeek=2]]", staffing.last("createAssignment"));

        Button remove = (Button) view.removeButton(MATH_5A);
        remove.click();
        assertEquals(0, staffing.count("removeAssignment"));
        view.confirmYes.click();
        assertEquals("removeAssignment [51]", staffing.last("removeAssignment"));

        staffing.on("removeAssignment", a -> {
            throw new ValidationException(StaffingService.ASSIGNMENT_IN_USE, "5А · Математика");
        });
        ((Button) view.removeButton(MATH_5A)).click();
        view.confirmYes.click();
        assertTrue(view.error.getText().startsWith("Нагрузку «5А · Математика» нельзя удалить"), view.error.getText());
    }

    // --- «Замены»

    @Test
    void aSubstitutionIsAppointedAndCancelledAfterAConfirmation() {
        SubstitutionInfo active = new SubstitutionInfo(81, MATH_5A, 106, ORLOV.name(), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 20), "больничный", null);
        staffing.on("substitutions", a -> List.of(active)).on("createSubstitution", a -> active)
                .on("cancelSubstitution", a -> active);
        SubstitutionsView view = new SubstitutionsView(services());
        view.refresh();
        assertEquals(List.of(active), view.grid.getGenericDataView().getItems().toList());
        view.assignment.setValue(MATH_5A);
        view.substitute.setValue(ORLOV);
        view.start.setValue(LocalDate.of(2026, 11, 23));
        view.end.setValue(LocalDate.of(2026, 11, 27));
        view.reason.setValue("курсы");
        view.create.click();
        assertEquals("createSubstitution [51, 106, 2026-11-23, 2026-11-27, курсы]", staffing.last("createSubstitution"));

        staffing.on("createSubstitution", a -> {
            throw new ValidationException(StaffingService.SUBSTITUTION_OVERLAP, "Орлов Дмитрий Андреевич", "16.11.2026",
                    "20.11.2026");
        });
        view.create.click();
        assertEquals("На эти даты уже назначена замена: Орлов Дмитрий Андреевич, 16.11.2026 – 20.11.2026.",
                view.error.getText());

        Button cancel = (Button) view.statusOrCancel(active);
        cancel.click();
        assertEquals(0, staffing.count("cancelSubstitution"));
        view.confirmYes.click();
        assertEquals("cancelSubstitution [81]", staffing.last("cancelSubstitution"));
        SubstitutionInfo cancelled = new SubstitutionInfo(81, MATH_5A, 106, ORLOV.name(), active.start(), active.end(), "",
                LocalDateTime.of(2026, 11, 20, 9, 0));
        assertEquals("отменена", ((com.vaadin.flow.component.html.Span) view.statusOrCancel(cancelled)).getText());
    }

    // --- «Сотрудники»

    @Test
    void staffAreSearchedCreatedChangedAndDeactivatedAfterAConfirmation() {
        org.ejournal.api.people.StaffRecord ivanova = new org.ejournal.api.people.StaffRecord(104, IVANOVA.name(), "F",
                "учитель математики", "", "", true);
        org.ejournal.api.people.StaffRecord former = new org.ejournal.api.people.StaffRecord(108,
                new PersonName("Ёлкина", "Нина", ""), "F", "учитель", "", "", false);
        Fake<org.ejournal.api.people.PeopleService> people = new Fake<>(org.ejournal.api.people.PeopleService.class)
                .on("staffList", a -> List.of(former, ivanova)).on("createStaff", a -> 110L)
                .on("updateStaff", a -> ivanova).on("deactivate", a -> null);
        StaffView view = new StaffView(() -> ZAVUCH, () -> people.service);
        view.load();
        assertEquals(List.of(ivanova), view.grid.getGenericDataView().getItems().toList(), "deactivated hidden");
        view.showInactive.setValue(true);
        assertEquals(2, view.grid.getGenericDataView().getItems().count());
        view.search.setValue("елк");
        assertEquals(List.of(former), view.grid.getGenericDataView().getItems().toList(), "Ё found by е, any case");
        view.search.clear();

        view.lastName.setValue("Новикова");
        view.firstName.setValue("Вера");
        view.position.setValue("учитель биологии");
        view.email.setValue("novikova@school7.ru");
        view.create.click();
        assertEquals("createStaff [StaffEdit[name=PersonName[lastName=Новикова, firstName=Вера, middleName=],"
                + " gender=F, position=учитель биологии, email=novikova@school7.ru, phone=]]", people.last("createStaff"));

        people.on("createStaff", a -> {
            throw new ValidationException(org.ejournal.api.people.PeopleService.POSITION_REQUIRED);
        });
        view.create.click();
        assertEquals("Укажите должность (не длиннее 100 знаков).", view.error.getText());

        view.grid.select(ivanova);
        assertEquals("учитель математики", view.position.getValue());
        assertFalse(view.create.isEnabled());
        view.position.setValue("заместитель директора");
        view.save.click();
        assertTrue(people.last("updateStaff").startsWith("updateStaff [104, StaffEdit["), people.last("updateStaff"));
        view.grid.select(ivanova);
        view.deactivate.click();
        assertEquals(0, people.count("deactivate"), "asked first");
        view.confirmYes.click();
        assertEquals("deactivate [STAFF, 104]", people.last("deactivate"));
        assertEquals(Set.of(Role.TECH_ADMIN, Role.DEPUTY_DIRECTOR, Role.DIRECTOR), new StaffViewContribution().roles());
        assertEquals("Сотрудники", new StaffViewContribution().title(Locale.forLanguageTag("ru")));
    }

    // --- menu and messages

    @Test
    void theMenuEntriesAreForTheDeputyAndTheDirectorInRussian() {
        List<ViewContribution> contributions = List.of(new SchoolYearViewContribution(), new ClassesViewContribution(),
                new StaffingViewContribution(), new SubstitutionsViewContribution());
        assertEquals(List.of("school-year", "classes", "staffing", "substitutions"),
                contributions.stream().map(ViewContribution::route).toList());
        assertEquals(List.of("Учебный год", "Классы", "Нагрузка", "Замены"),
                contributions.stream().map(c -> c.title(Locale.forLanguageTag("ru"))).toList());
        assertEquals("Teaching load", contributions.get(2).title(Locale.ENGLISH));
        for (ViewContribution c : contributions) {
            assertEquals(Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR), c.roles(), c.route());
        }
    }

    @Test
    void russianAndEnglishMessagesHaveTheSameKeysAndEveryServiceKeyIsTranslated() throws IOException {
        Properties ru = load("/l10n/messages.properties");
        assertEquals(ru.keySet(), load("/l10n/messages_en.properties").keySet());
        for (Class<?> service : List.of(SchoolYearService.class, StaffingService.class)) {
            for (var field : service.getFields()) {
                if (field.getType() == String.class) {
                    try {
                        assertTrue(ru.containsKey((String) field.get(null)), field.getName());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SchoolViewsTest.class.getResourceAsStream(path)) {
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
}

package org.ejournal.ui.journalsettings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.journal.AttendanceCodeInfo;
import org.ejournal.api.journal.WorkTypeInfo;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browserless: «Настройки журнала» with a settings service in memory, texts from this bundle's messages. */
class JournalSettingsViewTest {

    static final Actor DEPUTY = new Actor(3, 1, "deputy", "Кузнецова Елена Сергеевна", Set.of(Role.DEPUTY_DIRECTOR),
            103L, null, null, null);

    FakeSettingsWriter service;
    JournalSettingsView view;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        service = new FakeSettingsWriter();
        view = new JournalSettingsView(() -> DEPUTY, () -> service, () -> "10.0.0.9");
        view.refresh();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void theServicesRefusalsAreTranslatedByTheServiceBundleNotCopiedHere() {
        org.ejournal.testsupport.l10n.Messages.assertNoKeyDefinedElsewhere(getClass());
    }

    @Test
    void theSchoolsWorkTypesAndAttendanceCodesAreListed() {
        assertEquals(List.of("ANSWER:1", "TEST:3"), view.shownWorkTypes().stream()
                .map(t -> t.code() + ":" + t.weight()).toList());
        assertEquals(List.of("Н", "Б", "УП", "ОП"), view.shownCodes().stream().map(AttendanceCodeInfo::code).toList());
        assertEquals("Вес", view.workTypes.getColumnByKey("weight").getHeaderText());
        assertEquals("Считается пропуском", view.codes.getColumnByKey("absent").getHeaderText());
        assertEquals("Настройки журнала", view.getPageTitle());
    }

    @Test
    void aWeightChangeIsSavedWithTheClientAddressAndTheListIsReadAgain() {
        view.editWorkType(view.shownWorkTypes().get(1));
        assertEquals("TEST", view.workTypeCode.getValue());
        view.workTypeWeight.setValue(5);
        view.workTypeSave.click();

        assertEquals(List.of("saveWorkType WorkTypeInfo[code=TEST, name=Контрольная работа, weight=5] from 10.0.0.9"),
                service.calls);
        assertEquals("Сохранено: «Контрольная работа», вес 5.", view.message.getText());
        assertEquals(new WorkTypeInfo("TEST", "Контрольная работа", 5), view.shownWorkTypes().get(1));
        assertEquals("", view.workTypeCode.getValue(), "the form is emptied for the next one");
    }

    @Test
    void aRefusedWeightShowsTheServicesRussianMessageAndNothingChanges() {
        view.editWorkType(view.shownWorkTypes().get(1));
        view.workTypeWeight.setValue(12);
        assertFalse(view.saveWorkType());
        assertEquals("Вес работы — от 1 до 10, а не 12.", view.message.getText());
        assertEquals(3, view.shownWorkTypes().get(1).weight());
        assertEquals("TEST", view.workTypeCode.getValue(), "the form keeps what the user typed");
    }

    @Test
    void aNewAttendanceCodeIsAddedAndABadOneRefusedInRussian() {
        view.codeCode.setValue("до");
        view.codeName.setValue("дистанционное обучение");
        view.codeAbsent.setValue(false);
        view.codeExcused.setValue(true);
        assertTrue(view.saveAttendanceCode());
        assertEquals("saveAttendanceCode AttendanceCodeInfo[code=до, name=дистанционное обучение, absent=false,"
                + " excused=true] from 10.0.0.9", service.calls.get(0));
        assertEquals(new AttendanceCodeInfo("ДО", "дистанционное обучение", false, true), view.shownCodes().get(4));

        view.codeCode.setValue("Н1");
        view.codeName.setValue("что-то");
        assertFalse(view.saveAttendanceCode());
        assertEquals("Отметка посещаемости — от 1 до 4 букв, например «Н»: «Н1» не подходит.", view.message.getText());
        assertEquals(5, view.shownCodes().size());
    }

    @Test
    void aWorkTypeNoLongerUsedLeavesTheList() {
        assertTrue(view.deactivateWorkType("ANSWER"));
        assertEquals(List.of("removeWorkType ANSWER from 10.0.0.9"), service.calls);
        assertEquals(List.of("TEST"), view.shownWorkTypes().stream().map(WorkTypeInfo::code).toList());
        assertEquals("«ANSWER» больше не используется. Чтобы вернуть, сохраните его снова.", view.message.getText());
    }

    @Test
    void theMenuItemIsForTheDeputyDirectorAndTheDirectorOnly() {
        JournalSettingsViewContribution contribution = new JournalSettingsViewContribution();
        assertEquals("journal-settings", contribution.route());
        assertEquals(Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR), contribution.roles());
        assertEquals("Настройки журнала", contribution.title(Locale.forLanguageTag("ru")));
        assertEquals("Journal settings", contribution.title(Locale.ENGLISH));
    }
}

package org.ejournal.ui.school.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Role;
import org.ejournal.api.school.AcademicYearInfo;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the setup views share: the title, the error line (the service's refusal in Russian), the year
 * selector (the year containing today first), a confirmation asked once, and dates as дд.мм.гггг. The
 * views hold no rules: the services check access and input again.
 */
abstract class SetupView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final Set<Role> ROLES = Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    final transient SetupServices services;
    private final String titleKey;
    final Paragraph error = new Paragraph();
    final ComboBox<AcademicYearInfo> yearSelect = new ComboBox<>();
    /** The confirmation currently open and its buttons (footer content is not a child), for tests. */
    Dialog openDialog;
    Button confirmYes;
    Button confirmNo;

    SetupView(String id, String titleKey, SetupServices services) {
        this.services = services;
        this.titleKey = titleKey;
        setId(id);
        error.setId(id + "-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        yearSelect.setId(id + "-year");
        yearSelect.setItemLabelGenerator(AcademicYearInfo::name);
        yearSelect.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                clearError();
                yearChanged(e.getValue());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Rebuilds the page with the school's years; keeps the chosen year when it still exists. */
    void refresh() {
        AcademicYearInfo keep = yearSelect.getValue();
        removeAll();
        add(new H2(getTranslation(titleKey)), error);
        List<AcademicYearInfo> years;
        try {
            years = services.years().get().years(services.actor().get());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        yearSelect.setLabel(getTranslation("school.year"));
        yearSelect.setItems(years);
        build(years);
        if (years.isEmpty()) {
            return;
        }
        LocalDate today = services.today().get();
        AcademicYearInfo chosen = years.stream().filter(y -> keep != null && y.id() == keep.id()).findFirst()
                .orElse(years.stream().filter(y -> y.contains(today)).findFirst().orElse(years.get(0)));
        yearSelect.setValue(chosen);
    }

    /** Adds the view's body below the title (the year selector included where the view wants it). */
    abstract void build(List<AcademicYearInfo> years);

    /** Shows the chosen year's data. */
    abstract void yearChanged(AcademicYearInfo year);

    /** Runs a service call; a refusal is shown under the title. @return whether it succeeded */
    boolean run(Runnable action) {
        clearError();
        try {
            action.run();
            return true;
        } catch (EJournalException e) {
            showError(e);
            return false;
        }
    }

    /** Asks once; on «Да» runs the action (and shows its refusal, if any). */
    void confirm(String question, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId("school-confirm");
        dialog.setHeaderTitle(getTranslation("school.confirm.title"));
        dialog.add(new Paragraph(question));
        Button yes = new Button(getTranslation("school.confirm.yes"), e -> {
            dialog.close();
            openDialog = null;
            run(action);
        });
        yes.setId("school-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("school.confirm.no"), e -> {
            dialog.close();
            openDialog = null;
        });
        no.setId("school-confirm-no");
        dialog.getFooter().add(no, yes);
        openDialog = dialog;
        confirmYes = yes;
        confirmNo = no;
        dialog.open();
    }

    void notice(String key, Object... args) {
        Notification.show(getTranslation(key, args));
    }

    void showError(EJournalException e) {
        String text = e instanceof AccessDeniedException || e instanceof NotFoundException
                ? getTranslation("school.accessDenied")
                : getTranslation(e.messageKey(), e.arguments());
        error.setText(text);
        error.setVisible(true);
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    DatePicker datePicker(String id, String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(java.util.Locale.forLanguageTag("ru-RU"));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd.MM.yyyy");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}

package org.ejournal.ui.journalsettings.internal;

import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.journal.AttendanceCodeInfo;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.WorkTypeInfo;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Настройки журнала»: the school's work types (name, code, weight 1–10) and attendance codes (code, name,
 * counts as absent, excused). A row's «Изменить» fills the form below the list; «Сохранить» creates or changes by
 * code (a code used before is active again); «Не использовать» deactivates (recorded works and absences keep
 * it). The lists show the active entries only, as the service returns them. Every rule (who may, code and
 * weight limits, the audit) is {@link JournalWriteService}'s; the view shows its translated refusals and reads
 * the lists again after each save.
 */
public class JournalSettingsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<JournalWriteService> service;
    private final transient Supplier<String> address;

    final Paragraph message = new Paragraph();

    final Grid<WorkTypeInfo> workTypes = new Grid<>();
    final TextField workTypeCode = new TextField();
    final TextField workTypeName = new TextField();
    final IntegerField workTypeWeight = new IntegerField();
    final Button workTypeSave = new Button();

    final Grid<AttendanceCodeInfo> codes = new Grid<>();
    final TextField codeCode = new TextField();
    final TextField codeName = new TextField();
    final Checkbox codeAbsent = new Checkbox();
    final Checkbox codeExcused = new Checkbox();
    final Button codeSave = new Button();

    public JournalSettingsView() {
        this(ViewSupport::actor, () -> ViewSupport.service(JournalSettingsView.class, JournalWriteService.class),
                JournalSettingsView::clientAddress);
    }

    JournalSettingsView(Supplier<Actor> actor, Supplier<JournalWriteService> service, Supplier<String> address) {
        this.actor = actor;
        this.service = service;
        this.address = address;
        setId("journal-settings-view");
        message.setId("journal-settings-message");
        message.setVisible(false);
        workTypes.setId("journal-settings-work-types");
        workTypes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        workTypes.setAllRowsVisible(true);
        workTypeCode.setId("journal-settings-work-type-code");
        workTypeName.setId("journal-settings-work-type-name");
        workTypeWeight.setId("journal-settings-work-type-weight");
        workTypeWeight.setMin(1);
        workTypeWeight.setMax(10);
        workTypeWeight.setStepButtonsVisible(true);
        workTypeSave.setId("journal-settings-work-type-save");
        workTypeSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        workTypeSave.addClickListener(e -> saveWorkType());
        codes.setId("journal-settings-codes");
        codes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        codes.setAllRowsVisible(true);
        codeCode.setId("journal-settings-code-code");
        codeName.setId("journal-settings-code-name");
        codeAbsent.setId("journal-settings-code-absent");
        codeExcused.setId("journal-settings-code-excused");
        codeSave.setId("journal-settings-code-save");
        codeSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        codeSave.addClickListener(e -> saveAttendanceCode());
    }

    /** The address of the request being handled (the audit trail's "from where"). */
    private static String clientAddress() {
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journalsettings.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Builds the page and reads both lists. */
    void refresh() {
        removeAll();
        workTypes.removeAllColumns();
        workTypes.addColumn(WorkTypeInfo::name).setHeader(getTranslation("journalsettings.workType.name"))
                .setKey("name").setFlexGrow(3);
        workTypes.addColumn(WorkTypeInfo::code).setHeader(getTranslation("journalsettings.workType.code"))
                .setKey("code");
        workTypes.addColumn(WorkTypeInfo::weight).setHeader(getTranslation("journalsettings.workType.weight"))
                .setKey("weight");
        workTypes.addComponentColumn(t -> actions(() -> editWorkType(t), () -> deactivateWorkType(t.code())))
                .setKey("actions").setFlexGrow(2);
        workTypeCode.setLabel(getTranslation("journalsettings.workType.code"));
        workTypeCode.setHelperText(getTranslation("journalsettings.workType.codeHelp"));
        workTypeName.setLabel(getTranslation("journalsettings.workType.name"));
        workTypeWeight.setLabel(getTranslation("journalsettings.workType.weight"));
        workTypeWeight.setHelperText(getTranslation("journalsettings.workType.weightHelp"));
        workTypeSave.setText(getTranslation("journalsettings.save"));
        HorizontalLayout workTypeForm = new HorizontalLayout(workTypeName, workTypeCode, workTypeWeight, workTypeSave);
        workTypeForm.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        codes.removeAllColumns();
        codes.addColumn(AttendanceCodeInfo::code).setHeader(getTranslation("journalsettings.code.code"))
                .setKey("code");
        codes.addColumn(AttendanceCodeInfo::name).setHeader(getTranslation("journalsettings.code.name"))
                .setKey("name").setFlexGrow(3);
        codes.addColumn(c -> yesNo(c.absent())).setHeader(getTranslation("journalsettings.code.absent"))
                .setKey("absent");
        codes.addColumn(c -> yesNo(c.excused())).setHeader(getTranslation("journalsettings.code.excused"))
                .setKey("excused");
        codes.addComponentColumn(c -> actions(() -> editAttendanceCode(c), () -> deactivateAttendanceCode(c.code())))
                .setKey("actions").setFlexGrow(2);
        codeCode.setLabel(getTranslation("journalsettings.code.code"));
        codeCode.setHelperText(getTranslation("journalsettings.code.codeHelp"));
        codeName.setLabel(getTranslation("journalsettings.code.name"));
        codeAbsent.setLabel(getTranslation("journalsettings.code.absent"));
        codeExcused.setLabel(getTranslation("journalsettings.code.excused"));
        codeSave.setText(getTranslation("journalsettings.save"));
        HorizontalLayout codeForm = new HorizontalLayout(codeCode, codeName, codeAbsent, codeExcused, codeSave);
        codeForm.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        add(new H2(getTranslation("journalsettings.title")), message,
                new H3(getTranslation("journalsettings.workTypes")),
                new Paragraph(getTranslation("journalsettings.workTypes.hint")), workTypes, workTypeForm,
                new H3(getTranslation("journalsettings.codes")),
                new Paragraph(getTranslation("journalsettings.codes.hint")), codes, codeForm);
        clearWorkTypeForm();
        clearCodeForm();
        loadLists();
    }

    private void loadLists() {
        try {
            workTypes.setItems(service.get().workTypes(actor.get()));
            codes.setItems(service.get().attendanceCodes(actor.get()));
        } catch (EJournalException e) {
            showError(e);
        }
    }

    private HorizontalLayout actions(Runnable edit, Runnable deactivate) {
        Button change = new Button(getTranslation("journalsettings.change"), e -> edit.run());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button off = new Button(getTranslation("journalsettings.deactivate"), e -> deactivate.run());
        off.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(change, off);
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "journalsettings.yes" : "journalsettings.no");
    }

    // --- work types ---------------------------------------------------------------------------------------

    /** Fills the form with a listed type (its code stays: saving changes that type). */
    void editWorkType(WorkTypeInfo type) {
        workTypeCode.setValue(type.code());
        workTypeName.setValue(type.name());
        workTypeWeight.setValue(type.weight());
    }

    /** Saves the form's work type; true when the service took it (the list is read again). */
    boolean saveWorkType() {
        Integer weight = workTypeWeight.getValue();
        WorkTypeInfo type = new WorkTypeInfo(workTypeCode.getValue(), workTypeName.getValue(),
                weight == null ? 0 : weight);
        return change(() -> {
            service.get().saveWorkType(actor.get(), address.get(), type);
            showSaved(getTranslation("journalsettings.workType.saved", type.name().strip(), type.weight()));
            clearWorkTypeForm();
        });
    }

    /** Stops using a work type for new works. */
    boolean deactivateWorkType(String code) {
        return change(() -> {
            service.get().removeWorkType(actor.get(), address.get(), code);
            showSaved(getTranslation("journalsettings.deactivated", code));
        });
    }

    /**
     * One settings change: the service call with its confirmation; a refusal is shown instead. Either way the
     * lists are read again. True when the service took it.
     */
    private boolean change(Runnable call) {
        try {
            call.run();
            return true;
        } catch (EJournalException e) {
            showError(e);
            return false;
        } finally {
            loadLists();
        }
    }

    private void clearWorkTypeForm() {
        workTypeCode.clear();
        workTypeName.clear();
        workTypeWeight.setValue(1);
    }

    // --- attendance codes ---------------------------------------------------------------------------------

    /** Fills the form with a listed code. */
    void editAttendanceCode(AttendanceCodeInfo code) {
        codeCode.setValue(code.code());
        codeName.setValue(code.name());
        codeAbsent.setValue(code.absent());
        codeExcused.setValue(code.excused());
    }

    /** Saves the form's attendance code; true when the service took it (the list is read again). */
    boolean saveAttendanceCode() {
        AttendanceCodeInfo code = new AttendanceCodeInfo(codeCode.getValue(), codeName.getValue(),
                codeAbsent.getValue(), codeExcused.getValue());
        return change(() -> {
            service.get().saveAttendanceCode(actor.get(), address.get(), code);
            showSaved(getTranslation("journalsettings.code.saved", code.code().strip(), code.name().strip()));
            clearCodeForm();
        });
    }

    /** Stops offering an attendance code in the journal. */
    boolean deactivateAttendanceCode(String code) {
        return change(() -> {
            service.get().removeAttendanceCode(actor.get(), address.get(), code);
            showSaved(getTranslation("journalsettings.deactivated", code));
        });
    }

    private void clearCodeForm() {
        codeCode.clear();
        codeName.clear();
        codeAbsent.setValue(true);
        codeExcused.setValue(false);
    }

    // --- messages -----------------------------------------------------------------------------------------

    private void showSaved(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-success-text-color)");
        message.setVisible(true);
    }

    private void showError(EJournalException e) {
        message.setText(getTranslation(e.messageKey(), e.arguments()));
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setVisible(true);
    }

    /** The rows shown now, for tests. */
    List<WorkTypeInfo> shownWorkTypes() {
        return workTypes.getListDataView().getItems().toList();
    }

    List<AttendanceCodeInfo> shownCodes() {
        return codes.getListDataView().getItems().toList();
    }
}

package org.ejournal.ui.accounts.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.security.AccountAdminService;
import org.ejournal.api.security.CredentialCandidate;
import org.ejournal.api.security.CredentialLetterPrinter;
import org.ejournal.api.security.CredentialLetters;
import org.ejournal.api.security.CredentialStatus;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinRequest;

/**
 * «Логины класса»: the class teacher chooses her class, sees every student and parent with what issuing
 * will do (new login, new one-time password, already in use, deactivated), confirms once and downloads
 * one PDF with the letters. The one-time passwords exist only in that PDF (kept in this view's memory
 * until the page is left). All rules are the {@link AccountAdminService}'s.
 */
public class CredentialsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<RosterService> roster;
    private final transient Supplier<AccessPolicy> policy;
    private final transient Supplier<AccountAdminService> accounts;
    private final transient Supplier<CredentialLetterPrinter> printer;
    private final transient Supplier<LocalDate> today;
    private final transient Supplier<String> address;

    final ComboBox<SchoolClassSummary> classSelect = new ComboBox<>();
    final Grid<CredentialCandidate> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Checkbox includeInUse = new Checkbox();
    final Button issue = new Button();
    final Paragraph error = new Paragraph();
    final Paragraph result = new Paragraph();
    final Anchor download = new Anchor();
    /** The confirmation open now and its buttons (footer content is not a child), for tests. */
    Dialog openDialog;
    Button confirmYes;
    Button confirmNo;
    /** The last PDF, for tests. */
    byte[] lastPdf;

    public CredentialsView() {
        this(ViewSupport::actor, () -> ViewSupport.service(CredentialsView.class, RosterService.class),
                () -> ViewSupport.service(CredentialsView.class, AccountAdminService.class),
                () -> ViewSupport.service(CredentialsView.class, CredentialLetterPrinter.class), LocalDate::now,
                CredentialsView::requestAddress, () -> ViewSupport.service(CredentialsView.class, AccessPolicy.class));
    }

    CredentialsView(Supplier<Actor> actor, Supplier<RosterService> roster, Supplier<AccountAdminService> accounts,
                    Supplier<CredentialLetterPrinter> printer, Supplier<LocalDate> today, Supplier<String> address,
                    Supplier<AccessPolicy> policy) {
        this.actor = actor;
        this.policy = policy;
        this.roster = roster;
        this.accounts = accounts;
        this.printer = printer;
        this.today = today;
        this.address = address;
        setId("credentials-view");
        error.setId("credentials-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        summary.setId("credentials-summary");
        classSelect.setId("credentials-class");
        classSelect.setItemLabelGenerator(SchoolClassSummary::name);
        classSelect.addValueChangeListener(e -> showClass());
        grid.setId("credentials-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> c.name().full()).setHeader(getTranslation("accounts.credentials.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(this::who).setHeader(getTranslation("accounts.credentials.who")).setAutoWidth(true);
        grid.addColumn(c -> c.login() == null ? "" : c.login()).setHeader(getTranslation("accounts.login"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("accounts.credentials.status." + c.status().name()))
                .setHeader(getTranslation("accounts.credentials.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        includeInUse.setId("credentials-include-in-use");
        includeInUse.setLabel(getTranslation("accounts.credentials.includeInUse"));
        includeInUse.addValueChangeListener(e -> updateSummary());
        issue.setId("credentials-issue");
        issue.setText(getTranslation("accounts.credentials.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> confirmIssue());
        result.setId("credentials-result");
        result.setVisible(false);
        download.setId("credentials-download");
        download.setText(getTranslation("accounts.credentials.download"));
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H2(getTranslation("accounts.credentials.title")), error);
        List<SchoolClassSummary> classes;
        try {
            // The classes whose letters the actor may print, as the access policy decides (the service checks again).
            Actor me = actor.get();
            List<SchoolClassSummary> all = roster.get().classes(me);
            java.util.Set<Long> allowed = policy.get().allowedAmong(me, Operation.CLASS_CREDENTIALS_ISSUE,
                    all.stream().map(SchoolClassSummary::id).toList());
            classes = all.stream().filter(c -> allowed.contains(c.id())).toList();
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        if (classes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("accounts.credentials.noClasses"));
            none.setId("credentials-no-classes");
            add(none);
            return;
        }
        classSelect.setLabel(getTranslation("accounts.credentials.class"));
        classSelect.setItems(classes);
        add(new Paragraph(getTranslation("accounts.credentials.hint")), classSelect, grid, summary, includeInUse,
                new HorizontalLayout(issue), result, download);
        classSelect.setValue(classes.get(0));
    }

    private String who(CredentialCandidate c) {
        return c.kind() == PersonKind.PARENT ? getTranslation("accounts.credentials.parentOf", c.childName())
                : getTranslation("accounts.credentials.student");
    }

    private void showClass() {
        clearError();
        result.setVisible(false);
        download.setVisible(false);
        SchoolClassSummary c = classSelect.getValue();
        if (c == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            grid.setItems(accounts.get().credentialPreview(actor.get(), c.id(), today.get()));
        } catch (EJournalException e) {
            grid.setItems(List.of());
            showError(e);
        }
        updateSummary();
    }

    private List<CredentialCandidate> candidates() {
        return grid.getGenericDataView().getItems().toList();
    }

    /** How many letters issuing would print now. */
    long lettersToIssue() {
        return candidates().stream().filter(c -> c.status() == CredentialStatus.NEW
                || c.status() == CredentialStatus.REISSUE
                || c.status() == CredentialStatus.IN_USE && includeInUse.getValue()).count();
    }

    private void updateSummary() {
        List<CredentialCandidate> all = candidates();
        summary.setText(getTranslation("accounts.credentials.summary", all.size(), lettersToIssue(),
                all.stream().filter(c -> c.status() == CredentialStatus.IN_USE).count()));
        issue.setEnabled(lettersToIssue() > 0);
    }

    private void confirmIssue() {
        SchoolClassSummary c = classSelect.getValue();
        if (c == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("credentials-confirm");
        dialog.setHeaderTitle(getTranslation("accounts.confirm.title"));
        dialog.add(new Paragraph(getTranslation("accounts.credentials.confirm", lettersToIssue(), c.name())));
        confirmYes = new Button(getTranslation("accounts.confirm.yes"), e -> {
            dialog.close();
            openDialog = null;
            issueLetters(c);
        });
        confirmYes.setId("credentials-confirm-yes");
        confirmYes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmNo = new Button(getTranslation("accounts.confirm.no"), e -> {
            dialog.close();
            openDialog = null;
        });
        confirmNo.setId("credentials-confirm-no");
        dialog.getFooter().add(confirmNo, confirmYes);
        openDialog = dialog;
        dialog.open();
    }

    private void issueLetters(SchoolClassSummary c) {
        clearError();
        CredentialLetterPrinter pdf;
        CredentialLetters letters;
        try {
            pdf = printer.get();
            letters = accounts.get().issueClassCredentials(actor.get(), c.id(), today.get(), includeInUse.getValue());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        byte[] bytes = pdf.print(letters, address.get(), ViewSupport.locale());
        lastPdf = bytes;
        String fileName = getTranslation("accounts.credentials.fileName", c.name(), today.get().toString()) + ".pdf";
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(bytes));
        resource.setContentType("application/pdf");
        download.setHref(resource);
        download.setVisible(true);
        result.setText(getTranslation("accounts.credentials.issued", letters.letters().size(), c.name()));
        result.setVisible(true);
        includeInUse.setValue(false);
        SchoolClassSummary keep = c;
        grid.setItems(accounts.get().credentialPreview(actor.get(), keep.id(), today.get()));
        updateSummary();
        result.setVisible(true);
        download.setVisible(true);
    }

    void showError(EJournalException e) {
        String text = e instanceof AccessDeniedException || e instanceof NotFoundException
                ? getTranslation("accounts.accessDenied") : getTranslation(e.messageKey(), e.arguments());
        error.setText(text);
        error.setVisible(true);
    }

    private void clearError() {
        error.setVisible(false);
    }

    /**
     * "http://host:port/" as the browser reached eJournal (the Host header, so a proxy's public name
     * shows): where the letters send people. Through {@link VaadinRequest} only, so the bundle needs
     * no servlet API.
     */
    static String requestAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String host = request.getHeader("Host");
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        String scheme = forwardedProto != null ? forwardedProto : request.isSecure() ? "https" : "http";
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return scheme + "://" + (host == null ? "localhost" : host) + context + "/";
    }
}

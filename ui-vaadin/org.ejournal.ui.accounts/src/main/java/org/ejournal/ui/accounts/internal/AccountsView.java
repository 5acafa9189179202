package org.ejournal.ui.accounts.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Role;
import org.ejournal.api.security.AccountAdminService;
import org.ejournal.api.security.AccountSummary;
import org.ejournal.api.security.IssuedPassword;
import org.ejournal.api.security.LoginAttemptRecord;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * «Пользователи и доступ» for the technical administrator: the staff of the school with their logins
 * (a search also finds students' and parents' accounts), and for the chosen person: issue a login (staff
 * roles to tick), reset the password, unlock, deactivate / activate, end all sessions. A new one-time
 * password is shown once in a dialog to be handed over. Below: the latest login attempts of the school.
 * Rules and audit are the {@link AccountAdminService}'s.
 */
public class AccountsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    static final int ATTEMPTS = 100;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<AccountAdminService> accounts;
    private final transient ZoneId zone;

    final TextField search = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();
    final Paragraph error = new Paragraph();
    final Span selected = new Span();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button issue = new Button();
    final Button reset = new Button();
    final Button unlock = new Button();
    final Button toggleActive = new Button();
    final Button logout = new Button();
    final Grid<LoginAttemptRecord> attempts = new Grid<>();
    /** Dialogs open now (footer content is not a child), for tests. */
    Dialog openDialog;
    Button confirmYes;
    Button confirmNo;
    Paragraph shownPassword;

    public AccountsView() {
        this(ViewSupport::actor, () -> ViewSupport.service(AccountsView.class, AccountAdminService.class),
                ZoneId.systemDefault());
    }

    AccountsView(Supplier<Actor> actor, Supplier<AccountAdminService> accounts, ZoneId zone) {
        this.actor = actor;
        this.accounts = accounts;
        this.zone = zone;
        setId("accounts-view");
        error.setId("accounts-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        search.setId("accounts-search");
        search.setPlaceholder(getTranslation("accounts.admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.addValueChangeListener(e -> load());
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> a.name().full()).setHeader(getTranslation("accounts.admin.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(a -> getTranslation("accounts.kind." + a.kind().name())).setHeader(getTranslation("accounts.admin.kind"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.login() == null ? getTranslation("accounts.admin.noLogin") : a.login())
                .setHeader(getTranslation("accounts.login")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("accounts.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.admin.roles")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("accounts.admin.state")).setAutoWidth(true);
        grid.addColumn(a -> time(a.lastLoginAt())).setHeader(getTranslation("accounts.admin.lastLogin")).setAutoWidth(true);
        grid.setHeight("28em");
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        selected.setId("accounts-selected");
        roles.setId("accounts-roles");
        roles.setLabel(getTranslation("accounts.admin.rolesToIssue"));
        roles.setItems(Arrays.stream(Role.values()).filter(Role::isStaff).toList());
        roles.setItemLabelGenerator(r -> getTranslation("accounts.role." + r.name()));
        issue.setId("accounts-issue");
        issue.setText(getTranslation("accounts.admin.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issueLogin());
        reset.setId("accounts-reset");
        reset.setText(getTranslation("accounts.admin.reset"));
        reset.addClickListener(e -> confirm(getTranslation("accounts.admin.reset.confirm", current().login()),
                () -> showPassword(accounts.get().resetPassword(actor.get(), current().accountId()))));
        unlock.setId("accounts-unlock");
        unlock.setText(getTranslation("accounts.admin.unlock"));
        unlock.addClickListener(e -> act(() -> accounts.get().unlock(actor.get(), current().accountId()),
                "accounts.admin.unlocked"));
        toggleActive.setId("accounts-toggle-active");
        toggleActive.addClickListener(e -> {
            AccountSummary a = current();
            if (a.active()) {
                confirm(getTranslation("accounts.admin.deactivate.confirm", a.login()),
                        () -> accounts.get().setActive(actor.get(), a.accountId(), false));
            } else {
                act(() -> accounts.get().setActive(actor.get(), a.accountId(), true), "accounts.admin.activated");
            }
        });
        logout.setId("accounts-logout");
        logout.setText(getTranslation("accounts.admin.logout"));
        logout.addClickListener(e -> act(() -> accounts.get().logOutEverywhere(actor.get(), current().accountId()),
                "accounts.admin.loggedOut"));

        attempts.setId("accounts-attempts");
        attempts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        attempts.addColumn(r -> time(r.occurredAt())).setHeader(getTranslation("accounts.attempts.time")).setAutoWidth(true);
        attempts.addColumn(LoginAttemptRecord::login).setHeader(getTranslation("accounts.login")).setAutoWidth(true);
        attempts.addColumn(r -> getTranslation("accounts.attempts.reason." + r.reason()))
                .setHeader(getTranslation("accounts.attempts.result")).setAutoWidth(true).setFlexGrow(1);
        attempts.addColumn(LoginAttemptRecord::address).setHeader(getTranslation("accounts.attempts.address"))
                .setAutoWidth(true);
        attempts.setHeight("20em");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    void refresh() {
        removeAll();
        HorizontalLayout actions = new HorizontalLayout(reset, unlock, toggleActive, logout);
        actions.setId("accounts-actions");
        add(new H2(getTranslation("accounts.admin.title")), error, new Paragraph(getTranslation("accounts.admin.hint")),
                search, grid, selected, roles, issue, actions,
                new H3(getTranslation("accounts.attempts.title")), attempts);
        load();
    }

    void load() {
        clearError();
        try {
            grid.setItems(accounts.get().accounts(actor.get(), search.getValue()));
            attempts.setItems(accounts.get().loginAttempts(actor.get(), ATTEMPTS));
        } catch (EJournalException e) {
            grid.setItems(List.of());
            showError(e);
        }
        select(null);
    }

    private AccountSummary current() {
        return grid.asSingleSelect().getValue();
    }

    void select(AccountSummary a) {
        boolean none = a == null;
        boolean account = !none && a.hasAccount();
        selected.setText(none ? getTranslation("accounts.admin.chooseSomeone")
                : a.name().full() + (account ? " · " + a.login() : ""));
        roles.setVisible(!none && !account && a.kind() == org.ejournal.api.people.PersonKind.STAFF);
        issue.setVisible(roles.isVisible());
        roles.clear();
        reset.setEnabled(account);
        unlock.setEnabled(account && a.lockedUntil() != null);
        toggleActive.setEnabled(account);
        toggleActive.setText(getTranslation(account && !a.active() ? "accounts.admin.activate" : "accounts.admin.deactivate"));
        logout.setEnabled(account);
    }

    String state(AccountSummary a) {
        if (!a.hasAccount()) {
            return "";
        }
        if (!a.active()) {
            return getTranslation("accounts.state.inactive");
        }
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now())) {
            return getTranslation("accounts.state.locked", time(a.lockedUntil()));
        }
        if (a.mustChangePassword()) {
            return getTranslation("accounts.state.oneTime");
        }
        return getTranslation("accounts.state.active");
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private void issueLogin() {
        AccountSummary a = current();
        Set<Role> chosen = roles.getValue();
        clearError();
        try {
            showPassword(accounts.get().issueStaffLogin(actor.get(), a.personId(), chosen));
        } catch (EJournalException e) {
            showError(e);
        }
    }

    /** Shows a new one-time password once, then reloads the list. */
    private void showPassword(IssuedPassword issued) {
        Dialog dialog = new Dialog();
        dialog.setId("accounts-password-dialog");
        dialog.setHeaderTitle(getTranslation("accounts.admin.password.title"));
        shownPassword = new Paragraph(getTranslation("accounts.admin.password.text", issued.login(),
                issued.oneTimePassword()));
        shownPassword.setId("accounts-one-time-password");
        dialog.add(shownPassword, new Paragraph(getTranslation("accounts.admin.password.hint")));
        Button close = new Button(getTranslation("accounts.admin.password.close"), e -> {
            dialog.close();
            openDialog = null;
        });
        close.setId("accounts-password-close");
        dialog.getFooter().add(close);
        openDialog = dialog;
        dialog.open();
        load();
    }

    private void act(Runnable action, String doneKey) {
        clearError();
        try {
            action.run();
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        load();
        com.vaadin.flow.component.notification.Notification.show(getTranslation(doneKey), 3000,
                com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
    }

    private void confirm(String question, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId("accounts-confirm");
        dialog.setHeaderTitle(getTranslation("accounts.confirm.title"));
        dialog.add(new Paragraph(question));
        confirmYes = new Button(getTranslation("accounts.confirm.yes"), e -> {
            dialog.close();
            openDialog = null;
            clearError();
            try {
                action.run();
            } catch (EJournalException ex) {
                showError(ex);
                return;
            }
            if (openDialog == null) {
                load();
            }
        });
        confirmYes.setId("accounts-confirm-yes");
        confirmYes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmNo = new Button(getTranslation("accounts.confirm.no"), e -> {
            dialog.close();
            openDialog = null;
        });
        confirmNo.setId("accounts-confirm-no");
        dialog.getFooter().add(confirmNo, confirmYes);
        openDialog = dialog;
        dialog.open();
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
}

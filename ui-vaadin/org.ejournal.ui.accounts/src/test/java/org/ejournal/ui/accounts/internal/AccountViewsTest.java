package org.ejournal.ui.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.api.security.AccountAdminService;
import org.ejournal.api.security.AccountSummary;
import org.ejournal.api.security.CredentialCandidate;
import org.ejournal.api.security.CredentialLetter;
import org.ejournal.api.security.CredentialLetterPrinter;
import org.ejournal.api.security.CredentialLetters;
import org.ejournal.api.security.CredentialStatus;
import org.ejournal.api.security.IssuedPassword;
import org.ejournal.api.security.LoginAttemptRecord;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browserless: both account views with fake services, texts from this bundle's messages. */
class AccountViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Actor KLASSRUK = new Actor(5, 1, "klassruk", "Смирнова Ольга Ивановна",
            Set.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), 105L, null, null, null);
    static final Actor ADMIN = new Actor(1, 1, "admin", "Кузнецов Андрей Павлович", Set.of(Role.TECH_ADMIN), 103L,
            null, null, null);
    static final SchoolClassSummary FIVE_A = new SchoolClassSummary(21, 1, 5, "А", 105L, "Смирнова Ольга Ивановна", 3);
    static final SchoolClassSummary FIVE_B = new SchoolClassSummary(22, 1, 5, "Б", 106L, "Орлов Дмитрий Андреевич", 1);

    final FakeAccounts accounts = new FakeAccounts();
    final List<String> printed = new ArrayList<>();
    final CredentialLetterPrinter printer = (letters, address, locale) -> {
        printed.add(letters.className() + " " + letters.letters().size() + " " + address);
        return new byte[] {'%', 'P', 'D', 'F'};
    };

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    CredentialsView credentials() {
        CredentialsView view = new CredentialsView(() -> KLASSRUK, FakeRoster::new, () -> accounts, () -> printer,
                () -> TODAY, () -> "http://school7.example/", () -> (actor, operation, id) -> operation == Operation.CLASS_CREDENTIALS_ISSUE && id == FIVE_A.id());
        view.refresh();
        return view;
    }

    @Test
    void theClassTeacherSeesHerClassAndWhatIssuingWillDo() {
        CredentialsView view = credentials();
        assertEquals(FIVE_A, view.classSelect.getValue(), "5Б is taught but not hers");
        assertEquals(3, view.grid.getGenericDataView().getItems().count());
        assertEquals("Всего 3; писем будет 2; уже пользуются: 1.", view.summary.getText());
        view.includeInUse.setValue(true);
        assertEquals("Всего 3; писем будет 3; уже пользуются: 1.", view.summary.getText());
    }

    @Test
    void lettersAreIssuedOnlyAfterConfirmationAndOfferedAsAPdf() {
        CredentialsView view = credentials();
        view.issue.click();
        assertNotNull(view.openDialog, "asks once");
        view.confirmNo.click();
        assertTrue(accounts.issued.isEmpty());
        assertFalse(view.download.isVisible());

        view.issue.click();
        view.confirmYes.click();
        assertEquals(List.of("21 false"), accounts.issued);
        assertEquals(List.of("5А 2 http://school7.example/"), printed);
        assertTrue(view.download.isVisible());
        assertTrue(view.download.getHref().length() > 0, "a download link");
        assertArrayEquals(new byte[] {'%', 'P', 'D', 'F'}, view.lastPdf);
        assertEquals("Сформировано писем: 2 (класс 5А). Скачайте PDF и распечатайте: после ухода со страницы"
                + " пароли не восстановить, только выдать заново.", view.result.getText());
        assertNull(view.openDialog);
    }

    @Test
    void aRefusalShowsInRussian() {
        accounts.refuse = true;
        CredentialsView view = credentials();
        assertTrue(view.error.isVisible());
        assertEquals("Нет доступа к учётным записям этого класса или школы.", view.error.getText());
    }

    @Test
    void theAdministratorSeesStatesAndResetsAfterConfirmation() {
        AccountsView view = new AccountsView(() -> ADMIN, () -> accounts, ZoneId.of("Europe/Moscow"));
        view.refresh();
        List<AccountSummary> rows = view.grid.getGenericDataView().getItems().toList();
        assertEquals(3, rows.size());
        assertEquals("заблокирована до 01.01.2099 13:00:00", view.state(rows.get(1)));
        assertEquals("ждёт смены одноразового пароля", view.state(rows.get(2)));
        assertEquals("", view.state(rows.get(0)), "no account");
        assertEquals(1, view.attempts.getGenericDataView().getItems().count());

        view.grid.select(rows.get(0));
        assertTrue(view.issue.isVisible(), "staff without a login: issue one");
        assertFalse(view.reset.isEnabled());
        view.roles.setValue(Set.of(Role.SUBJECT_TEACHER));
        view.issue.click();
        assertEquals(List.of("issue 108 [SUBJECT_TEACHER]"), accounts.calls);
        assertEquals("Логин: shchukina.ia   Одноразовый пароль: k7m4px9rt2", view.shownPassword.getText());

        view.grid.select(view.grid.getGenericDataView().getItems().toList().get(1));
        assertTrue(view.unlock.isEnabled());
        view.reset.click();
        assertEquals(1, accounts.calls.size(), "nothing before the confirmation");
        view.confirmYes.click();
        assertEquals("reset 4", accounts.calls.get(1));
        assertEquals("Логин: teacher   Одноразовый пароль: k7m4px9rt2", view.shownPassword.getText());
    }

    @Test
    void russianAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertEquals(load("/l10n/messages.properties").keySet(), load("/l10n/messages_en.properties").keySet());
        assertEquals("Логины класса", new CredentialsViewContribution().title(Locale.forLanguageTag("ru")));
        assertEquals("Users and access", new AccountsViewContribution().title(Locale.ENGLISH));
        assertEquals(Set.of(Role.TECH_ADMIN), new AccountsViewContribution().roles());
    }

    static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AccountViewsTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
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

    static final class FakeAccounts implements AccountAdminService {
        final List<String> issued = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        boolean refuse;

        @Override
        public List<AccountSummary> accounts(Actor actor, String text) {
            return List.of(
                    new AccountSummary(null, PersonKind.STAFF, 108, new PersonName("Щукина", "Юлия", "Андреевна"), null,
                            Set.of(), false, false, null, null),
                    new AccountSummary(4L, PersonKind.STAFF, 104, new PersonName("Иванова", "Мария", "Петровна"),
                            "teacher", Set.of(Role.SUBJECT_TEACHER), true, false,
                            Instant.parse("2099-01-01T10:00:00Z"), null),
                    new AccountSummary(12L, PersonKind.PARENT, 401, new PersonName("Абрамова", "Наталья", "Викторовна"),
                            "abramova.nv", Set.of(Role.PARENT), true, true, null, null));
        }

        @Override
        public IssuedPassword issueStaffLogin(Actor actor, long staffId, Set<Role> roles) {
            calls.add("issue " + staffId + " " + roles);
            return new IssuedPassword(20, "shchukina.ia", "k7m4px9rt2");
        }

        @Override
        public IssuedPassword resetPassword(Actor actor, long accountId) {
            calls.add("reset " + accountId);
            return new IssuedPassword(accountId, "teacher", "k7m4px9rt2");
        }

        @Override
        public void unlock(Actor actor, long accountId) {
            calls.add("unlock " + accountId);
        }

        @Override
        public void setActive(Actor actor, long accountId, boolean active) {
            calls.add("active " + accountId + " " + active);
        }

        @Override
        public void logOutEverywhere(Actor actor, long accountId) {
            calls.add("logout " + accountId);
        }

        @Override
        public List<LoginAttemptRecord> loginAttempts(Actor actor, int limit) {
            return List.of(new LoginAttemptRecord(Instant.parse("2026-11-20T08:00:00Z"), "teacher", 4L, false,
                    "WRONG_PASSWORD", "10.0.0.7"));
        }

        @Override
        public List<CredentialCandidate> credentialPreview(Actor actor, long classId, LocalDate onDate) {
            if (refuse) {
                throw new AccessDeniedException(Operation.CLASS_CREDENTIALS_ISSUE, classId);
            }
            return List.of(
                    new CredentialCandidate(PersonKind.STUDENT, 301, new PersonName("Абрамова", "Софья", "Игоревна"), "",
                            "student", CredentialStatus.IN_USE),
                    new CredentialCandidate(PersonKind.STUDENT, 302, new PersonName("Белов", "Артём", ""), "", null,
                            issued.isEmpty() ? CredentialStatus.NEW : CredentialStatus.REISSUE),
                    new CredentialCandidate(PersonKind.PARENT, 402, new PersonName("Белова", "Анна", ""), "Белов Артём",
                            null, issued.isEmpty() ? CredentialStatus.NEW : CredentialStatus.REISSUE));
        }

        @Override
        public CredentialLetters issueClassCredentials(Actor actor, long classId, LocalDate onDate,
                                                       boolean includeInUse) {
            issued.add(classId + " " + includeInUse);
            return new CredentialLetters("СОШ № 7", "5А", List.of(
                    new CredentialLetter(PersonKind.STUDENT, new PersonName("Белов", "Артём", ""), "", "belov.a", "x2y3z4w5vq"),
                    new CredentialLetter(PersonKind.PARENT, new PersonName("Белова", "Анна", ""), "Белов Артём",
                            "belova.a", "q2w3e4r5ty")));
        }
    }
}

package org.ejournal.security.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.security.AccountAdminService;
import org.ejournal.api.security.AccountSummary;
import org.ejournal.api.security.CredentialCandidate;
import org.ejournal.api.security.CredentialLetter;
import org.ejournal.api.security.CredentialLetters;
import org.ejournal.api.security.CredentialStatus;
import org.ejournal.api.security.IssuedPassword;
import org.ejournal.api.security.LoginAttemptRecord;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AccountRole;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.LoginAttempt;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.StudentParent;
import org.ejournal.store.model.UserAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issuing and managing logins (see {@link AccountAdminService}). One Cayenne commit per user action;
 * one-time passwords leave this class only in the returned records, the database gets their hashes.
 */
@Component(service = AccountAdminService.class)
public final class StoreAccountAdminService implements AccountAdminService {

    private static final Logger LOG = LoggerFactory.getLogger(StoreAccountAdminService.class);
    private static final int MAX_ROWS = 200;

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;
    private final Passwords passwords;

    @Activate
    public StoreAccountAdminService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemUTC(), new Passwords());
    }

    StoreAccountAdminService(StoreRuntime store, AccessPolicy policy, Clock clock, Passwords passwords) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.passwords = passwords;
    }

    // ------------------------------------------------------------------ technical administrator

    @Override
    public List<AccountSummary> accounts(Actor actor, String text) {
        policy.check(actor, Operation.STAFF_ACCOUNTS_MANAGE, actor.schoolId());
        ObjectContext context = store.newContext();
        List<UserAccount> accounts = SchoolScope.select(UserAccount.class, actor.schoolId())
                .prefetch(UserAccount.ROLES.disjointById())
                .prefetch(UserAccount.STAFF.joint())
                .prefetch(UserAccount.STUDENT.joint())
                .prefetch(UserAccount.PARENT.joint())
                .select(context);
        Map<Long, UserAccount> byStaff = new HashMap<>();
        for (UserAccount a : accounts) {
            if (a.getStaff() != null) {
                byStaff.put(a.getStaff().getId(), a);
            }
        }
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<AccountSummary> rows = new ArrayList<>();
        List<Staff> staff = SchoolScope.select(Staff.class, actor.schoolId()).and(Staff.ACTIVE.isTrue())
                .select(context);
        for (Staff s : staff) {
            UserAccount a = byStaff.get(s.getId());
            PersonName name = new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
            if (matches(wanted, name, a)) {
                rows.add(summary(a, PersonKind.STAFF, s.getId(), name));
            }
        }
        if (!wanted.isEmpty()) {
            for (UserAccount a : accounts) {
                if (a.getStudent() != null) {
                    Student st = a.getStudent();
                    PersonName name = new PersonName(st.getLastName(), st.getFirstName(), st.getMiddleName());
                    if (matches(wanted, name, a)) {
                        rows.add(summary(a, PersonKind.STUDENT, st.getId(), name));
                    }
                } else if (a.getParent() != null) {
                    Parent p = a.getParent();
                    PersonName name = new PersonName(p.getLastName(), p.getFirstName(), p.getMiddleName());
                    if (matches(wanted, name, a)) {
                        rows.add(summary(a, PersonKind.PARENT, p.getId(), name));
                    }
                }
            }
        }
        Collator collator = russian();
        rows.sort(Comparator.comparing((AccountSummary r) -> r.kind().ordinal() == PersonKind.STAFF.ordinal() ? 0 : 1)
                .thenComparing(r -> r.name().full(), collator).thenComparingLong(AccountSummary::personId));
        return rows.size() > MAX_ROWS ? List.copyOf(rows.subList(0, MAX_ROWS)) : List.copyOf(rows);
    }

    private static boolean matches(String wanted, PersonName name, UserAccount account) {
        return wanted.isEmpty() || name.lastName().toLowerCase(Locale.ROOT).startsWith(wanted)
                || account != null && account.getLogin().toLowerCase(Locale.ROOT).startsWith(wanted);
    }

    private static AccountSummary summary(UserAccount a, PersonKind kind, long personId, PersonName name) {
        if (a == null) {
            return new AccountSummary(null, kind, personId, name, null, Set.of(), false, false, null, null);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (AccountRole r : a.getRoles()) {
            try {
                roles.add(Role.valueOf(r.getRole()));
            } catch (IllegalArgumentException ignored) {
                // a role of a newer version
            }
        }
        return new AccountSummary(a.getId(), kind, personId, name, a.getLogin(), roles,
                Boolean.TRUE.equals(a.getActive()), Boolean.TRUE.equals(a.getMustChangePassword()),
                a.getLockedUntil() == null ? null : a.getLockedUntil().toInstant(ZoneOffset.UTC),
                a.getLastLoginAt() == null ? null : a.getLastLoginAt().toInstant(ZoneOffset.UTC));
    }

    @Override
    public IssuedPassword issueStaffLogin(Actor actor, long staffId, Set<Role> roles) {
        policy.check(actor, Operation.STAFF_ACCOUNTS_MANAGE, actor.schoolId());
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(r -> !r.isStaff())) {
            throw new ValidationException(ROLES_INVALID);
        }
        ObjectContext context = store.newContext();
        Staff staff = SchoolScope.byId(context, Staff.class, staffId, actor.schoolId(), "staff");
        boolean exists = ObjectSelect.query(UserAccount.class).where(UserAccount.STAFF.eq(staff))
                .selectFirst(context) != null;
        if (exists) {
            throw new ValidationException(ALREADY_HAS_ACCOUNT);
        }
        PersonName name = new PersonName(staff.getLastName(), staff.getFirstName(), staff.getMiddleName());
        Set<String> taken = new HashSet<>();
        String login = LoginNames.unique(name, candidate -> loginTaken(context, candidate, taken));
        String oneTime = passwords.oneTimePassword();
        UserAccount account = newAccount(context, staff.getSchool(), login, oneTime);
        account.setStaff(staff);
        for (Role role : new TreeSet<>(roles)) {
            AccountRole r = context.newObject(AccountRole.class);
            r.setSchool(staff.getSchool());
            r.setRole(role.name());
            account.addToRoles(r);
        }
        StoreAccountService.audit(context, actor, staff.getSchool(), "staff", staffId, "INSERT", "account", null,
                "login " + login + " issued, roles " + new TreeSet<>(roles), now());
        context.commitChanges();
        LOG.info("Account '{}' issued for staff {} by account {}", login, staffId, actor.accountId());
        return new IssuedPassword(account.getId(), login, oneTime);
    }

    @Override
    public IssuedPassword resetPassword(Actor actor, long accountId) {
        ObjectContext context = store.newContext();
        UserAccount account = managed(context, actor, accountId);
        String oneTime = passwords.oneTimePassword();
        setOneTimePassword(account, oneTime);
        StoreAccountService.audit(context, actor, account, "password", null, "reset to a one-time password", now());
        context.commitChanges();
        return new IssuedPassword(account.getId(), account.getLogin(), oneTime);
    }

    @Override
    public void unlock(Actor actor, long accountId) {
        ObjectContext context = store.newContext();
        UserAccount account = managed(context, actor, accountId);
        String old = account.getLockedUntil() == null ? null : account.getLockedUntil().toString();
        account.setLockedUntil(null);
        account.setFailedLogins(0);
        StoreAccountService.audit(context, actor, account, "locked_until", old, null, now());
        context.commitChanges();
    }

    @Override
    public void setActive(Actor actor, long accountId, boolean active) {
        ObjectContext context = store.newContext();
        UserAccount account = managed(context, actor, accountId);
        if (!active && accountId == actor.accountId()) {
            throw new ValidationException(NOT_YOURSELF);
        }
        boolean old = Boolean.TRUE.equals(account.getActive());
        if (old == active) {
            return;
        }
        account.setActive(active);
        if (!active) {
            account.setSessionEpoch(StoreAccountService.epoch(account) + 1);
        }
        StoreAccountService.audit(context, actor, account, "active", String.valueOf(old), String.valueOf(active),
                now());
        context.commitChanges();
    }

    @Override
    public void logOutEverywhere(Actor actor, long accountId) {
        ObjectContext context = store.newContext();
        UserAccount account = managed(context, actor, accountId);
        account.setSessionEpoch(StoreAccountService.epoch(account) + 1);
        StoreAccountService.audit(context, actor, account, "session_epoch", null, "logged out everywhere", now());
        context.commitChanges();
    }

    @Override
    public List<LoginAttemptRecord> loginAttempts(Actor actor, int limit) {
        policy.check(actor, Operation.STAFF_ACCOUNTS_MANAGE, actor.schoolId());
        List<LoginAttempt> attempts = ObjectSelect.query(LoginAttempt.class)
                .where(LoginAttempt.SCHOOL_ID.eq(actor.schoolId()))
                .orderBy(LoginAttempt.OCCURRED_AT.desc(), LoginAttempt.ID_PK_PROPERTY.desc())
                .limit(Math.max(1, Math.min(limit, 1000)))
                .select(store.newContext());
        return attempts.stream().map(a -> new LoginAttemptRecord(a.getOccurredAt().toInstant(ZoneOffset.UTC),
                a.getLogin(), a.getAccountId(), Boolean.TRUE.equals(a.getSuccess()), a.getReason(), a.getAddress()))
                .toList();
    }

    /** The account, checked to be of the actor's school and manageable by the actor. */
    private UserAccount managed(ObjectContext context, Actor actor, long accountId) {
        policy.check(actor, Operation.STAFF_ACCOUNTS_MANAGE, actor.schoolId());
        return SchoolScope.byId(context, UserAccount.class, accountId, actor.schoolId(), "account");
    }

    // ------------------------------------------------------------------ credential letters of a class

    /** One person of the class with the account found (if any). */
    private record Person(PersonKind kind, long id, PersonName name, boolean active, List<String> children,
                          UserAccount account, Object entity) {
        CredentialStatus status() {
            if (account == null) {
                return CredentialStatus.NEW;
            }
            if (!Boolean.TRUE.equals(account.getActive())) {
                return CredentialStatus.INACTIVE;
            }
            return Boolean.TRUE.equals(account.getMustChangePassword()) ? CredentialStatus.REISSUE
                    : CredentialStatus.IN_USE;
        }

        String childNames() {
            return String.join(", ", children);
        }
    }

    @Override
    public List<CredentialCandidate> credentialPreview(Actor actor, long classId, LocalDate onDate) {
        policy.check(actor, Operation.CLASS_CREDENTIALS_ISSUE, classId);
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        return people(context, schoolClass, onDate).stream()
                .map(p -> new CredentialCandidate(p.kind(), p.id(), p.name(), p.childNames(),
                        p.account() == null ? null : p.account().getLogin(), p.status()))
                .toList();
    }

    @Override
    public CredentialLetters issueClassCredentials(Actor actor, long classId, LocalDate onDate, boolean includeInUse) {
        policy.check(actor, Operation.CLASS_CREDENTIALS_ISSUE, classId);
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        School school = schoolClass.getSchool();
        LocalDateTime now = now();
        Set<String> taken = new HashSet<>();
        List<CredentialLetter> letters = new ArrayList<>();
        for (Person p : people(context, schoolClass, onDate)) {
            CredentialStatus status = p.status();
            if (!p.active() || status == CredentialStatus.INACTIVE
                    || status == CredentialStatus.IN_USE && !includeInUse) {
                continue;
            }
            String oneTime = passwords.oneTimePassword();
            String login;
            if (p.account() == null) {
                login = LoginNames.unique(p.name(), candidate -> loginTaken(context, candidate, taken));
                UserAccount account = newAccount(context, school, login, oneTime);
                AccountRole role = context.newObject(AccountRole.class);
                role.setSchool(school);
                if (p.kind() == PersonKind.STUDENT) {
                    account.setStudent((Student) p.entity());
                    role.setRole(Role.STUDENT.name());
                } else {
                    account.setParent((Parent) p.entity());
                    role.setRole(Role.PARENT.name());
                }
                account.addToRoles(role);
                StoreAccountService.audit(context, actor, school, p.kind() == PersonKind.STUDENT ? "student" : "parent",
                        p.id(), "INSERT", "account", null, "login " + login + " issued in the letters of class "
                                + className(schoolClass), now);
            } else {
                login = p.account().getLogin();
                setOneTimePassword(p.account(), oneTime);
                StoreAccountService.audit(context, actor, p.account(), "password", null,
                        "one-time password issued in the letters of class " + className(schoolClass), now);
            }
            letters.add(new CredentialLetter(p.kind(), p.name(), p.childNames(), login, oneTime));
        }
        context.commitChanges();
        LOG.info("{} credential letters of class {} issued by account {}", letters.size(), classId, actor.accountId());
        return new CredentialLetters(school.getName(), className(schoolClass), letters);
    }

    /** Students enrolled on the date (Russian order), then their parents (Russian order, each once). */
    private List<Person> people(ObjectContext context, SchoolClass schoolClass, LocalDate date) {
        List<Enrollment> enrollments = ObjectSelect.query(Enrollment.class)
                .where(Enrollment.SCHOOL_CLASS.eq(schoolClass))
                .and(Enrollment.START_DATE.lte(date))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(date)))
                .prefetch(Enrollment.STUDENT.joint())
                .select(context);
        Collator collator = russian();
        List<Student> students = enrollments.stream().map(Enrollment::getStudent).distinct()
                .sorted(Comparator.comparing((Student s) -> name(s).full(), collator).thenComparingLong(Student::getId))
                .toList();
        if (students.isEmpty()) {
            return List.of();
        }
        List<StudentParent> links = ObjectSelect.query(StudentParent.class)
                .where(StudentParent.STUDENT.in(students))
                .prefetch(StudentParent.PARENT.joint())
                .select(context);
        Map<Long, Parent> parents = new LinkedHashMap<>();
        Map<Long, List<String>> children = new HashMap<>();
        for (Student s : students) {
            for (StudentParent link : links) {
                if (link.getStudent() == s) {
                    parents.putIfAbsent(link.getParent().getId(), link.getParent());
                    children.computeIfAbsent(link.getParent().getId(), k -> new ArrayList<>()).add(name(s).full());
                }
            }
        }
        List<UserAccount> accounts = new ArrayList<>(ObjectSelect.query(UserAccount.class)
                .where(UserAccount.STUDENT.in(students)).select(context));
        if (!parents.isEmpty()) {
            accounts.addAll(ObjectSelect.query(UserAccount.class)
                    .where(UserAccount.PARENT.in(List.copyOf(parents.values()))).select(context));
        }
        Map<Object, UserAccount> accountOf = new HashMap<>();
        for (UserAccount a : accounts) {
            accountOf.put(a.getStudent() != null ? a.getStudent() : a.getParent(), a);
        }
        List<Person> result = new ArrayList<>();
        for (Student s : students) {
            result.add(new Person(PersonKind.STUDENT, s.getId(), name(s), !Boolean.FALSE.equals(s.getActive()),
                    List.of(), accountOf.get(s), s));
        }
        List<Parent> sortedParents = parents.values().stream()
                .sorted(Comparator.comparing((Parent p) -> name(p).full(), collator).thenComparingLong(Parent::getId))
                .toList();
        for (Parent p : sortedParents) {
            result.add(new Person(PersonKind.PARENT, p.getId(), name(p), !Boolean.FALSE.equals(p.getActive()),
                    children.get(p.getId()), accountOf.get(p), p));
        }
        return result;
    }

    // ------------------------------------------------------------------ helpers

    private UserAccount newAccount(ObjectContext context, School school, String login, String oneTime) {
        UserAccount account = context.newObject(UserAccount.class);
        account.setSchool(school);
        account.setLogin(login);
        account.setPasswordHash(passwords.hash(oneTime.toCharArray()));
        account.setActive(true);
        account.setMustChangePassword(true);
        account.setCreatedAt(now());
        return account;
    }

    private void setOneTimePassword(UserAccount account, String oneTime) {
        account.setPasswordHash(passwords.hash(oneTime.toCharArray()));
        account.setMustChangePassword(true);
        account.setPasswordChangedAt(null);
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        account.setSessionEpoch(StoreAccountService.epoch(account) + 1);
    }

    /** Taken in the database (any school: logins are unique in the installation) or earlier in this action. */
    private static boolean loginTaken(ObjectContext context, String candidate, Set<String> takenNow) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (takenNow.contains(lower)) {
            return true;
        }
        boolean inDatabase = ObjectSelect.query(UserAccount.class).where(UserAccount.LOGIN.eq(candidate))
                .selectFirst(context) != null;
        if (!inDatabase) {
            takenNow.add(lower);
        }
        return inDatabase;
    }

    private static String className(SchoolClass c) {
        return c.getGrade() + c.getLetter();
    }

    private static PersonName name(Student s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    private static PersonName name(Parent p) {
        return new PersonName(p.getLastName(), p.getFirstName(), p.getMiddleName());
    }

    private static Collator russian() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

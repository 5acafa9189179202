package org.ejournal.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.api.security.AuthenticationService;
import org.ejournal.api.security.LoginOutcome;
import org.ejournal.api.security.LoginStatus;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AccountRole;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.LoginAttempt;
import org.ejournal.store.model.Parent;
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
 * Accounts for the host's login: the password check with lockout and the attempt log, the
 * {@link Actor} of an account, the own password. No access check in {@link #login}: this is the step
 * that establishes who the actor is; the own-account methods act only on the actor's own account.
 */
@Component(service = {AccountService.class, AuthenticationService.class})
public final class StoreAccountService implements AccountService, AuthenticationService {

    private static final Logger LOG = LoggerFactory.getLogger(StoreAccountService.class);

    /** {@code login_attempt.reason} values. */
    static final String SUCCESS = "SUCCESS";
    static final String WRONG_PASSWORD = "WRONG_PASSWORD";
    static final String UNKNOWN_LOGIN = "UNKNOWN_LOGIN";
    static final String LOCKED = "LOCKED";
    static final String INACTIVE = "INACTIVE";

    private final StoreRuntime store;
    private final Clock clock;
    private final Passwords passwords;

    @Activate
    public StoreAccountService(@Reference StoreRuntime store) {
        this(store, Clock.systemUTC(), new Passwords());
    }

    /** With a clock of the test's choosing (lockout periods). */
    StoreAccountService(StoreRuntime store, Clock clock, Passwords passwords) {
        this.store = store;
        this.clock = clock;
        this.passwords = passwords;
    }

    /**
     * Logins are unique and compared case-insensitively: the column's collation (utf8mb4_unicode_ci)
     * already does so and lets the unique index answer; the check in Java keeps the promise on a
     * database created with another collation.
     */
    @Override
    public Optional<AccountCredentials> findCredentials(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String wanted = login.trim();
        List<UserAccount> found = ObjectSelect.query(UserAccount.class).where(UserAccount.LOGIN.eq(wanted))
                .select(store.newContext());
        return found.stream().filter(a -> a.getLogin().equalsIgnoreCase(wanted)).findFirst()
                .map(a -> new AccountCredentials(a.getId(), a.getLogin(), a.getPasswordHash(),
                        Boolean.TRUE.equals(a.getActive())));
    }

    @Override
    public Actor actor(long accountId) {
        ObjectContext context = store.newContext();
        // To-many prefetches "by id": a plain disjoint prefetch would carry the root's "id = ?" over to
        // the prefetched table (Cayenne 4.2 resolves the PK path against the wrong entity there).
        UserAccount account = ObjectSelect.query(UserAccount.class)
                .where(UserAccount.ID_PK_PROPERTY.eq(accountId))
                .prefetch(UserAccount.ROLES.disjointById())
                .prefetch(UserAccount.STAFF.joint())
                .prefetch(UserAccount.STUDENT.joint())
                .prefetch(UserAccount.PARENT.joint())
                .prefetch(UserAccount.PARENT.dot(Parent.CHILD_LINKS).disjointById())
                .selectOne(context);
        if (account == null) {
            throw new NotFoundException("account", accountId);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (AccountRole r : account.getRoles()) {
            try {
                roles.add(Role.valueOf(r.getRole()));
            } catch (IllegalArgumentException e) {
                // A role name from a newer version: ignore it rather than lock the user out.
                LOG.warn("Account {} has unknown role {}", accountId, r.getRole());
            }
        }
        Staff staff = account.getStaff();
        Student student = account.getStudent();
        Parent parent = account.getParent();
        Set<Long> children = new TreeSet<>();
        if (parent != null) {
            for (StudentParent link : parent.getChildLinks()) {
                children.add(link.getStudent().getId());
            }
        }
        String displayName = staff != null ? name(staff.getLastName(), staff.getFirstName(), staff.getMiddleName())
                : student != null ? name(student.getLastName(), student.getFirstName(), student.getMiddleName())
                : parent != null ? name(parent.getLastName(), parent.getFirstName(), parent.getMiddleName())
                : account.getLogin();
        return new Actor(account.getId(), account.getSchool().getId(), account.getLogin(), displayName, roles,
                staff == null ? null : staff.getId(), student == null ? null : student.getId(),
                parent == null ? null : parent.getId(), children);
    }

    private static String name(String last, String first, String middle) {
        return new PersonName(last, first, middle).full();
    }

    @Override
    public LoginOutcome login(String login, char[] password, String address) {
        String typed = login == null ? "" : login.strip();
        ObjectContext context = store.newContext();
        UserAccount account = typed.isEmpty() ? null : find(context, typed);
        LocalDateTime now = now();
        if (account == null) {
            passwords.spendTimeOfOneCheck(password);
            record(context, null, typed, false, UNKNOWN_LOGIN, address, now);
            context.commitChanges();
            LOG.info("Refused login '{}' from {}: unknown login", typed, address);
            return LoginOutcome.refused(LoginStatus.WRONG_CREDENTIALS, null);
        }
        LocalDateTime lockedUntil = account.getLockedUntil();
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            passwords.spendTimeOfOneCheck(password);
            record(context, account, typed, false, LOCKED, address, now);
            context.commitChanges();
            LOG.info("Refused login '{}' from {}: locked until {} UTC", typed, address, lockedUntil);
            return LoginOutcome.refused(LoginStatus.LOCKED, instant(lockedUntil));
        }
        if (!passwords.matches(account.getPasswordHash(), password)) {
            int failures = (account.getFailedLogins() == null ? 0 : account.getFailedLogins()) + 1;
            account.setFailedLogins(failures);
            Duration lock = Lockout.after(failures);
            record(context, account, typed, false, WRONG_PASSWORD, address, now);
            if (!lock.isZero()) {
                account.setLockedUntil(now.plus(lock));
            }
            context.commitChanges();
            if (!lock.isZero()) {
                LOG.warn("Account '{}' locked for {} after {} failed logins (last from {})", account.getLogin(),
                        lock, failures, address);
                return LoginOutcome.refused(LoginStatus.LOCKED, instant(account.getLockedUntil()));
            }
            LOG.info("Refused login '{}' from {}: wrong password ({} in a row)", typed, address, failures);
            return LoginOutcome.refused(LoginStatus.WRONG_CREDENTIALS, null);
        }
        if (!Boolean.TRUE.equals(account.getActive())) {
            record(context, account, typed, false, INACTIVE, address, now);
            context.commitChanges();
            LOG.info("Refused login '{}' from {}: account deactivated", typed, address);
            return LoginOutcome.refused(LoginStatus.INACTIVE, null);
        }
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        account.setLastLoginAt(now);
        record(context, account, typed, true, SUCCESS, address, now);
        context.commitChanges();
        LOG.info("Login of '{}' (account {}) from {}", account.getLogin(), account.getId(), address);
        return new LoginOutcome(LoginStatus.SUCCESS, account.getId(),
                Boolean.TRUE.equals(account.getMustChangePassword()), epoch(account), null);
    }

    @Override
    public boolean sessionCurrent(long accountId, int sessionEpoch) {
        UserAccount account = ObjectSelect.query(UserAccount.class).where(UserAccount.ID_PK_PROPERTY.eq(accountId))
                .selectOne(store.newContext());
        return account != null && Boolean.TRUE.equals(account.getActive()) && epoch(account) == sessionEpoch;
    }

    @Override
    public int changePassword(Actor actor, char[] currentPassword, char[] newPassword) {
        ObjectContext context = store.newContext();
        UserAccount account = own(context, actor);
        boolean forced = Boolean.TRUE.equals(account.getMustChangePassword());
        // A forced change comes right after the login with the one-time password: not asked again.
        if (!forced && !passwords.matches(account.getPasswordHash(), currentPassword)) {
            throw new ValidationException(PASSWORD_CURRENT_WRONG);
        }
        PasswordPolicy.check(account.getLogin(), newPassword);
        if (passwords.matches(account.getPasswordHash(), newPassword)) {
            throw new ValidationException(PASSWORD_NOT_NEW);
        }
        LocalDateTime now = now();
        account.setPasswordHash(passwords.hash(newPassword));
        account.setMustChangePassword(false);
        account.setPasswordChangedAt(now);
        account.setSessionEpoch(epoch(account) + 1);
        audit(context, actor, account, "password", null, forced ? "changed (one-time password replaced)" : "changed",
                now);
        context.commitChanges();
        return epoch(account);
    }

    @Override
    public void logOutEverywhere(Actor actor) {
        ObjectContext context = store.newContext();
        UserAccount account = own(context, actor);
        account.setSessionEpoch(epoch(account) + 1);
        audit(context, actor, account, "session_epoch", null, "logged out everywhere", now());
        context.commitChanges();
    }

    /**
     * The actor's own account, in the actor's school. A municipal actor's school is the one it views, not the
     * account's (home) school: its own account is found by id alone and must hold MUNICIPAL.
     */
    private UserAccount own(ObjectContext context, Actor actor) {
        ObjectSelect<UserAccount> query = ObjectSelect.query(UserAccount.class)
                .where(UserAccount.ID_PK_PROPERTY.eq(actor.accountId()));
        if (!actor.has(Role.MUNICIPAL)) {
            query = query.and(SchoolScope.of(actor.schoolId()));
        }
        UserAccount account = query.selectOne(context);
        if (account != null && actor.has(Role.MUNICIPAL)
                && account.getRoles().stream().noneMatch(r -> Role.MUNICIPAL.name().equals(r.getRole()))) {
            account = null;
        }
        if (account == null) {
            throw new NotFoundException("account", actor.accountId());
        }
        return account;
    }

    private static UserAccount find(ObjectContext context, String login) {
        return ObjectSelect.query(UserAccount.class).where(UserAccount.LOGIN.eq(login)).select(context).stream()
                .filter(a -> a.getLogin().equalsIgnoreCase(login)).findFirst().orElse(null);
    }

    private static void record(ObjectContext context, UserAccount account, String login, boolean success,
                               String reason, String address, LocalDateTime now) {
        LoginAttempt attempt = context.newObject(LoginAttempt.class);
        attempt.setSchoolId(account == null ? null : account.getSchool().getId());
        attempt.setAccountId(account == null ? null : account.getId());
        attempt.setLogin(cut(login, 100));
        attempt.setSuccess(success);
        attempt.setReason(reason);
        attempt.setAddress(cut(address == null ? "" : address, 64));
        attempt.setOccurredAt(now);
    }

    /** One audit row on the (committed) account; never a password or its hash. */
    static void audit(ObjectContext context, Actor actor, UserAccount account, String field, String oldValue,
                      String newValue, LocalDateTime now) {
        audit(context, actor, account.getSchool(), "user_account", account.getId(), "UPDATE", field, oldValue,
                newValue, now);
    }

    static void audit(ObjectContext context, Actor actor, org.ejournal.store.model.School school, String entity,
                      long entityId, String action, String field, String oldValue, String newValue,
                      LocalDateTime now) {
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(school);
        event.setOccurredAt(now);
        event.setAccountId(actor.accountId());
        event.setEntity(entity);
        event.setEntityId(entityId);
        event.setAction(action);
        event.setField(field);
        event.setOldValue(oldValue);
        event.setNewValue(newValue);
    }

    static int epoch(UserAccount account) {
        return account.getSessionEpoch() == null ? 0 : account.getSessionEpoch();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}

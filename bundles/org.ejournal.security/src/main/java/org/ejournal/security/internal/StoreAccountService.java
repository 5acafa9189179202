package org.ejournal.security.internal;

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
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AccountRole;
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
 * Accounts for the host's login: credentials by login and the {@link Actor} of an account. No access
 * check here: this is the step that establishes who the actor is.
 */
@Component(service = AccountService.class)
public final class StoreAccountService implements AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(StoreAccountService.class);

    private final StoreRuntime store;

    @Activate
    public StoreAccountService(@Reference StoreRuntime store) {
        this.store = store;
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
}

package org.ejournal.api;

import java.util.Objects;
import java.util.Set;

/**
 * The acting user, passed explicitly as the first argument of every service call. The UI builds it
 * from the logged-in account, a scheduled job from the schedule's owner, a test directly.
 *
 * @param accountId       the user account
 * @param schoolId        the school (tenant) the account belongs to; every query is scoped by it
 * @param login           the login name
 * @param displayName     "Фамилия Имя Отчество" of the person behind the account
 * @param roles           the roles held
 * @param staffId         the staff member this account is, or {@code null}
 * @param studentId       the student this account is, or {@code null}
 * @param parentId        the parent this account is, or {@code null}
 * @param childStudentIds for a parent: the students this parent legally represents
 */
public record Actor(long accountId, long schoolId, String login, String displayName, Set<Role> roles,
                    Long staffId, Long studentId, Long parentId, Set<Long> childStudentIds) {

    public Actor {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        childStudentIds = childStudentIds == null ? Set.of() : Set.copyOf(childStudentIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}

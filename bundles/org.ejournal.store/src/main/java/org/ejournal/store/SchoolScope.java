package org.ejournal.store;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.exp.Expression;
import org.apache.cayenne.exp.ExpressionFactory;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.NotFoundException;

/**
 * The one place that scopes queries by school (tenant): every school-owned table has a
 * {@code school_id} column, and every service query for school data starts here, so a row of another
 * school is simply not there — "not found", never "access denied", which would tell it exists.
 */
public final class SchoolScope {

    private SchoolScope() {
    }

    /** The condition "belongs to the school". */
    public static Expression of(long schoolId) {
        return ExpressionFactory.matchDbExp("school_id", schoolId);
    }

    /** A select of {@code type} limited to the school; add conditions, prefetches and ordering to it. */
    public static <T> ObjectSelect<T> select(Class<T> type, long schoolId) {
        return ObjectSelect.query(type).where(of(schoolId));
    }

    /**
     * One object by id within the school.
     *
     * @param what the name used in the {@link NotFoundException} ("student", "schoolClass"…)
     * @throws NotFoundException when no such object exists in that school
     */
    public static <T> T byId(ObjectContext context, Class<T> type, long id, long schoolId,
                                                String what) {
        T found = select(type, schoolId).and(ExpressionFactory.matchDbExp("id", id)).selectOne(context);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }
}

package org.ejournal.diary.internal;

import static org.ejournal.diary.internal.Rows.asLong;
import static org.ejournal.diary.internal.Rows.asString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.cayenne.DataRow;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.privacy.PersonalDataAccess;
import org.ejournal.api.privacy.PersonalDataAccessLog;
import org.ejournal.api.roster.PersonName;
import org.ejournal.store.StoreRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads {@code personal_data_access} of the actor's school (written by the people service), newest
 * first, with the names of who read and whose data.
 */
@Component(service = PersonalDataAccessLog.class)
public final class StorePersonalDataAccessLog implements PersonalDataAccessLog {

    private static final String SELECT = "SELECT p.occurred_at, p.account_id, p.student_id, p.what, p.address,"
            + " u.login, s.last_name, s.first_name, s.middle_name,"
            + " st.last_name AS st_last_name, st.first_name AS st_first_name, st.middle_name AS st_middle_name,"
            + " pa.last_name AS pa_last_name, pa.first_name AS pa_first_name, pa.middle_name AS pa_middle_name"
            + " FROM personal_data_access p"
            + " JOIN student s ON s.id = p.student_id"
            + " LEFT JOIN user_account u ON u.id = p.account_id"
            + " LEFT JOIN staff st ON st.id = u.staff_id"
            + " LEFT JOIN parent pa ON pa.id = u.parent_id"
            + " WHERE p.school_id = #bind($schoolId)";

    private final StoreRuntime store;
    private final AccessPolicy policy;

    @Activate
    public StorePersonalDataAccessLog(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    @Override
    public List<PersonalDataAccess> find(Actor actor, Long studentId, LocalDate from, LocalDate to) {
        policy.check(actor, Operation.PERSONAL_DATA_LOG_READ, actor.schoolId());
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        params.put("schoolId", actor.schoolId());
        if (studentId != null) {
            sql.append(" AND p.student_id = #bind($studentId)");
            params.put("studentId", studentId);
        }
        if (from != null) {
            sql.append(" AND p.occurred_at >= #bind($from)");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" AND p.occurred_at < #bind($toExclusive)");
            params.put("toExclusive", to.plusDays(1));
        }
        sql.append(" ORDER BY p.occurred_at DESC, p.id DESC LIMIT ").append(LIMIT);
        List<PersonalDataAccess> result = new ArrayList<>();
        for (DataRow row : Rows.select(store.newContext(), sql.toString(), params)) {
            String login = asString(row.get("login"));
            String who = login;
            if (row.get("st_last_name") != null) {
                who = Rows.name(row, "st_").full();
            } else if (row.get("pa_last_name") != null) {
                who = Rows.name(row, "pa_").full();
            }
            PersonName student = Rows.name(row, "");
            result.add(new PersonalDataAccess(Rows.asDateTime(row.get("occurred_at")), asLong(row.get("account_id")),
                    login, who, asLong(row.get("student_id")), student.full(), asString(row.get("what")),
                    asString(row.get("address"))));
        }
        return result;
    }
}

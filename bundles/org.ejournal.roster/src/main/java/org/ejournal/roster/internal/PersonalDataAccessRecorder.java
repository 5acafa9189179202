package org.ejournal.roster.internal;

import java.util.Map;

import org.apache.cayenne.query.SQLExec;
import org.ejournal.api.Actor;
import org.ejournal.store.StoreRuntime;

/**
 * Writes the personal-data access log (table {@code personal_data_access}, V6): one row each time a
 * student's record with personal data leaves the people service. Kept apart from
 * {@link StorePeopleService} so the hook there stays one line per method; the log is read through
 * {@code org.ejournal.api.privacy.PersonalDataAccessLog} (bundle org.ejournal.diary).
 */
final class PersonalDataAccessRecorder {

    static final String STUDENT_RECORD = "STUDENT_RECORD";
    static final String STUDENT_RECORD_EDIT = "STUDENT_RECORD_EDIT";
    static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

    private static final String INSERT = "INSERT INTO personal_data_access (school_id, account_id, student_id, what,"
            + " address) VALUES (#bind($schoolId), #bind($accountId), #bind($studentId), #bind($what), '')";

    private final StoreRuntime store;

    PersonalDataAccessRecorder(StoreRuntime store) {
        this.store = store;
    }

    /**
     * Records that {@code actor} read the personal data of {@code studentId}. The actor carries no client
     * address, so {@code address} stays empty until it does.
     */
    void record(Actor actor, long studentId, String what) {
        SQLExec.query(INSERT).params(Map.of("schoolId", actor.schoolId(), "accountId", actor.accountId(),
                "studentId", studentId, "what", what)).update(store.newContext());
    }
}

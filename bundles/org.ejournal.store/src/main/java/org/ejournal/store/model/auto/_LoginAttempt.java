package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.BaseProperty;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;

/**
 * Persistent state of {@link org.ejournal.store.model.LoginAttempt} (table {@code login_attempt}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V5__accounts_security.sql; behaviour belongs in the subclass.
 * School and account are plain ids (no relationships): an attempt with an unknown login has neither.
 */
public abstract class _LoginAttempt extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "LoginAttempt", Long.class);
    public static final String ID_PK_COLUMN = "id";
    public static final NumericProperty<Long> SCHOOL_ID = PropertyFactory.createNumeric("schoolId", Long.class);
    public static final NumericProperty<Long> ACCOUNT_ID = PropertyFactory.createNumeric("accountId", Long.class);
    public static final StringProperty<String> LOGIN = PropertyFactory.createString("login", String.class);
    public static final BaseProperty<Boolean> SUCCESS = PropertyFactory.createBase("success", Boolean.class);
    public static final StringProperty<String> REASON = PropertyFactory.createString("reason", String.class);
    public static final StringProperty<String> ADDRESS = PropertyFactory.createString("address", String.class);
    public static final DateProperty<LocalDateTime> OCCURRED_AT = PropertyFactory.createDate("occurredAt", LocalDateTime.class);

    protected Long schoolId;
    protected Long accountId;
    protected String login;
    protected Boolean success;
    protected String reason;
    protected String address;
    protected LocalDateTime occurredAt;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setSchoolId(Long schoolId) {
        beforePropertyWrite("schoolId", this.schoolId, schoolId);
        this.schoolId = schoolId;
    }

    public Long getSchoolId() {
        beforePropertyRead("schoolId");
        return this.schoolId;
    }

    public void setAccountId(Long accountId) {
        beforePropertyWrite("accountId", this.accountId, accountId);
        this.accountId = accountId;
    }

    public Long getAccountId() {
        beforePropertyRead("accountId");
        return this.accountId;
    }

    public void setLogin(String login) {
        beforePropertyWrite("login", this.login, login);
        this.login = login;
    }

    public String getLogin() {
        beforePropertyRead("login");
        return this.login;
    }

    public void setSuccess(Boolean success) {
        beforePropertyWrite("success", this.success, success);
        this.success = success;
    }

    public Boolean getSuccess() {
        beforePropertyRead("success");
        return this.success;
    }

    public void setReason(String reason) {
        beforePropertyWrite("reason", this.reason, reason);
        this.reason = reason;
    }

    public String getReason() {
        beforePropertyRead("reason");
        return this.reason;
    }

    public void setAddress(String address) {
        beforePropertyWrite("address", this.address, address);
        this.address = address;
    }

    public String getAddress() {
        beforePropertyRead("address");
        return this.address;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        beforePropertyWrite("occurredAt", this.occurredAt, occurredAt);
        this.occurredAt = occurredAt;
    }

    public LocalDateTime getOccurredAt() {
        beforePropertyRead("occurredAt");
        return this.occurredAt;
    }

    /** The column defaults of V5__accounts_security.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (occurredAt == null) {
            setOccurredAt(LocalDateTime.now(ZoneOffset.UTC));
        }
        if (address == null) {
            setAddress("");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "schoolId":
                return this.schoolId;
            case "accountId":
                return this.accountId;
            case "login":
                return this.login;
            case "success":
                return this.success;
            case "reason":
                return this.reason;
            case "address":
                return this.address;
            case "occurredAt":
                return this.occurredAt;
            default:
                return super.readPropertyDirectly(propName);
        }
    }

    @Override
    public void writePropertyDirectly(String propName, Object val) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "schoolId":
                this.schoolId = (Long) val;
                break;
            case "accountId":
                this.accountId = (Long) val;
                break;
            case "login":
                this.login = (String) val;
                break;
            case "success":
                this.success = (Boolean) val;
                break;
            case "reason":
                this.reason = (String) val;
                break;
            case "address":
                this.address = (String) val;
                break;
            case "occurredAt":
                this.occurredAt = (LocalDateTime) val;
                break;
            default:
                super.writePropertyDirectly(propName, val);
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        writeSerialized(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        readSerialized(in);
    }

    @Override
    protected void writeState(ObjectOutputStream out) throws IOException {
        super.writeState(out);
        out.writeObject(this.schoolId);
        out.writeObject(this.accountId);
        out.writeObject(this.login);
        out.writeObject(this.success);
        out.writeObject(this.reason);
        out.writeObject(this.address);
        out.writeObject(this.occurredAt);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.schoolId = (Long) in.readObject();
        this.accountId = (Long) in.readObject();
        this.login = (String) in.readObject();
        this.success = (Boolean) in.readObject();
        this.reason = (String) in.readObject();
        this.address = (String) in.readObject();
        this.occurredAt = (LocalDateTime) in.readObject();
    }
}

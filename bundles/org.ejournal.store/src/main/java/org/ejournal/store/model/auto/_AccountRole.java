package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.School;
import org.ejournal.store.model.UserAccount;

/**
 * Persistent state of {@link org.ejournal.store.model.AccountRole} (table {@code account_role}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _AccountRole extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "AccountRole", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> ROLE = PropertyFactory.createString("role", String.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<UserAccount> ACCOUNT = PropertyFactory.createEntity("account", UserAccount.class);

    protected String role;
    protected Object school;
    protected Object account;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setRole(String role) {
        beforePropertyWrite("role", this.role, role);
        this.role = role;
    }

    public String getRole() {
        beforePropertyRead("role");
        return this.role;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setAccount(UserAccount account) {
        setToOneTarget("account", account, true);
    }

    public UserAccount getAccount() {
        return (UserAccount) readProperty("account");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "role":
                return this.role;
            case "school":
                return this.school;
            case "account":
                return this.account;
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
            case "role":
                this.role = (String) val;
                break;
            case "school":
                this.school = val;
                break;
            case "account":
                this.account = val;
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
        out.writeObject(this.role);
        out.writeObject(this.school);
        out.writeObject(this.account);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.role = (String) in.readObject();
        this.school = in.readObject();
        this.account = in.readObject();
    }
}

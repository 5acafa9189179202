package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.BaseProperty;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.AccountRole;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.School;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;

/**
 * Persistent state of {@link org.ejournal.store.model.UserAccount} (table {@code user_account}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _UserAccount extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "UserAccount", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> LOGIN = PropertyFactory.createString("login", String.class);
    public static final StringProperty<String> PASSWORD_HASH = PropertyFactory.createString("passwordHash", String.class);
    public static final BaseProperty<Boolean> ACTIVE = PropertyFactory.createBase("active", Boolean.class);
    public static final BaseProperty<Boolean> MUST_CHANGE_PASSWORD = PropertyFactory.createBase("mustChangePassword", Boolean.class);
    public static final DateProperty<LocalDateTime> CREATED_AT = PropertyFactory.createDate("createdAt", LocalDateTime.class);
    public static final DateProperty<LocalDateTime> LAST_LOGIN_AT = PropertyFactory.createDate("lastLoginAt", LocalDateTime.class);
    public static final NumericProperty<Integer> FAILED_LOGINS = PropertyFactory.createNumeric("failedLogins", Integer.class);
    public static final DateProperty<LocalDateTime> LOCKED_UNTIL = PropertyFactory.createDate("lockedUntil", LocalDateTime.class);
    public static final NumericProperty<Integer> SESSION_EPOCH = PropertyFactory.createNumeric("sessionEpoch", Integer.class);
    public static final DateProperty<LocalDateTime> PASSWORD_CHANGED_AT = PropertyFactory.createDate("passwordChangedAt", LocalDateTime.class);
    public static final StringProperty<String> DISPLAY_NAME = PropertyFactory.createString("displayName", String.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Staff> STAFF = PropertyFactory.createEntity("staff", Staff.class);
    public static final EntityProperty<Student> STUDENT = PropertyFactory.createEntity("student", Student.class);
    public static final EntityProperty<Parent> PARENT = PropertyFactory.createEntity("parent", Parent.class);
    public static final ListProperty<AccountRole> ROLES = PropertyFactory.createList("roles", AccountRole.class);

    protected String login;
    protected String passwordHash;
    protected Boolean active;
    protected Boolean mustChangePassword;
    protected LocalDateTime createdAt;
    protected LocalDateTime lastLoginAt;
    protected Integer failedLogins;
    protected LocalDateTime lockedUntil;
    protected Integer sessionEpoch;
    protected LocalDateTime passwordChangedAt;
    protected String displayName;
    protected Object school;
    protected Object staff;
    protected Object student;
    protected Object parent;
    protected Object roles;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setLogin(String login) {
        beforePropertyWrite("login", this.login, login);
        this.login = login;
    }

    public String getLogin() {
        beforePropertyRead("login");
        return this.login;
    }

    public void setPasswordHash(String passwordHash) {
        beforePropertyWrite("passwordHash", this.passwordHash, passwordHash);
        this.passwordHash = passwordHash;
    }

    public String getPasswordHash() {
        beforePropertyRead("passwordHash");
        return this.passwordHash;
    }

    public void setActive(Boolean active) {
        beforePropertyWrite("active", this.active, active);
        this.active = active;
    }

    public Boolean getActive() {
        beforePropertyRead("active");
        return this.active;
    }

    public void setMustChangePassword(Boolean mustChangePassword) {
        beforePropertyWrite("mustChangePassword", this.mustChangePassword, mustChangePassword);
        this.mustChangePassword = mustChangePassword;
    }

    public Boolean getMustChangePassword() {
        beforePropertyRead("mustChangePassword");
        return this.mustChangePassword;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        beforePropertyWrite("createdAt", this.createdAt, createdAt);
        this.createdAt = createdAt;
    }

    public LocalDateTime getCreatedAt() {
        beforePropertyRead("createdAt");
        return this.createdAt;
    }

    public void setLastLoginAt(LocalDateTime lastLoginAt) {
        beforePropertyWrite("lastLoginAt", this.lastLoginAt, lastLoginAt);
        this.lastLoginAt = lastLoginAt;
    }

    public LocalDateTime getLastLoginAt() {
        beforePropertyRead("lastLoginAt");
        return this.lastLoginAt;
    }

    public void setFailedLogins(Integer failedLogins) {
        beforePropertyWrite("failedLogins", this.failedLogins, failedLogins);
        this.failedLogins = failedLogins;
    }

    public Integer getFailedLogins() {
        beforePropertyRead("failedLogins");
        return this.failedLogins;
    }

    public void setLockedUntil(LocalDateTime lockedUntil) {
        beforePropertyWrite("lockedUntil", this.lockedUntil, lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public LocalDateTime getLockedUntil() {
        beforePropertyRead("lockedUntil");
        return this.lockedUntil;
    }

    public void setSessionEpoch(Integer sessionEpoch) {
        beforePropertyWrite("sessionEpoch", this.sessionEpoch, sessionEpoch);
        this.sessionEpoch = sessionEpoch;
    }

    public Integer getSessionEpoch() {
        beforePropertyRead("sessionEpoch");
        return this.sessionEpoch;
    }

    public void setPasswordChangedAt(LocalDateTime passwordChangedAt) {
        beforePropertyWrite("passwordChangedAt", this.passwordChangedAt, passwordChangedAt);
        this.passwordChangedAt = passwordChangedAt;
    }

    public LocalDateTime getPasswordChangedAt() {
        beforePropertyRead("passwordChangedAt");
        return this.passwordChangedAt;
    }

    public void setDisplayName(String displayName) {
        beforePropertyWrite("displayName", this.displayName, displayName);
        this.displayName = displayName;
    }

    public String getDisplayName() {
        beforePropertyRead("displayName");
        return this.displayName;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setStaff(Staff staff) {
        setToOneTarget("staff", staff, true);
    }

    public Staff getStaff() {
        return (Staff) readProperty("staff");
    }

    public void setStudent(Student student) {
        setToOneTarget("student", student, true);
    }

    public Student getStudent() {
        return (Student) readProperty("student");
    }

    public void setParent(Parent parent) {
        setToOneTarget("parent", parent, true);
    }

    public Parent getParent() {
        return (Parent) readProperty("parent");
    }

    public void addToRoles(AccountRole obj) {
        addToManyTarget("roles", obj, true);
    }

    public void removeFromRoles(AccountRole obj) {
        removeToManyTarget("roles", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<AccountRole> getRoles() {
        return (List<AccountRole>) readProperty("roles");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (active == null) {
            setActive(Boolean.TRUE);
        }
        if (mustChangePassword == null) {
            setMustChangePassword(Boolean.FALSE);
        }
        if (createdAt == null) {
            setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        }
        if (failedLogins == null) {
            setFailedLogins(0);
        }
        if (sessionEpoch == null) {
            setSessionEpoch(0);
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "login":
                return this.login;
            case "passwordHash":
                return this.passwordHash;
            case "active":
                return this.active;
            case "mustChangePassword":
                return this.mustChangePassword;
            case "createdAt":
                return this.createdAt;
            case "lastLoginAt":
                return this.lastLoginAt;
            case "failedLogins":
                return this.failedLogins;
            case "lockedUntil":
                return this.lockedUntil;
            case "sessionEpoch":
                return this.sessionEpoch;
            case "passwordChangedAt":
                return this.passwordChangedAt;
            case "displayName":
                return this.displayName;
            case "school":
                return this.school;
            case "staff":
                return this.staff;
            case "student":
                return this.student;
            case "parent":
                return this.parent;
            case "roles":
                return this.roles;
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
            case "login":
                this.login = (String) val;
                break;
            case "passwordHash":
                this.passwordHash = (String) val;
                break;
            case "active":
                this.active = (Boolean) val;
                break;
            case "mustChangePassword":
                this.mustChangePassword = (Boolean) val;
                break;
            case "createdAt":
                this.createdAt = (LocalDateTime) val;
                break;
            case "lastLoginAt":
                this.lastLoginAt = (LocalDateTime) val;
                break;
            case "failedLogins":
                this.failedLogins = (Integer) val;
                break;
            case "lockedUntil":
                this.lockedUntil = (LocalDateTime) val;
                break;
            case "sessionEpoch":
                this.sessionEpoch = (Integer) val;
                break;
            case "passwordChangedAt":
                this.passwordChangedAt = (LocalDateTime) val;
                break;
            case "displayName":
                this.displayName = (String) val;
                break;
            case "school":
                this.school = val;
                break;
            case "staff":
                this.staff = val;
                break;
            case "student":
                this.student = val;
                break;
            case "parent":
                this.parent = val;
                break;
            case "roles":
                this.roles = val;
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
        out.writeObject(this.login);
        out.writeObject(this.passwordHash);
        out.writeObject(this.active);
        out.writeObject(this.mustChangePassword);
        out.writeObject(this.createdAt);
        out.writeObject(this.lastLoginAt);
        out.writeObject(this.failedLogins);
        out.writeObject(this.lockedUntil);
        out.writeObject(this.sessionEpoch);
        out.writeObject(this.passwordChangedAt);
        out.writeObject(this.displayName);
        out.writeObject(this.school);
        out.writeObject(this.staff);
        out.writeObject(this.student);
        out.writeObject(this.parent);
        out.writeObject(this.roles);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.login = (String) in.readObject();
        this.passwordHash = (String) in.readObject();
        this.active = (Boolean) in.readObject();
        this.mustChangePassword = (Boolean) in.readObject();
        this.createdAt = (LocalDateTime) in.readObject();
        this.lastLoginAt = (LocalDateTime) in.readObject();
        this.failedLogins = (Integer) in.readObject();
        this.lockedUntil = (LocalDateTime) in.readObject();
        this.sessionEpoch = (Integer) in.readObject();
        this.passwordChangedAt = (LocalDateTime) in.readObject();
        this.displayName = (String) in.readObject();
        this.school = in.readObject();
        this.staff = in.readObject();
        this.student = in.readObject();
        this.parent = in.readObject();
        this.roles = in.readObject();
    }
}

package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.BaseProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.School;
import org.ejournal.store.model.StudentParent;

/**
 * Persistent state of {@link org.ejournal.store.model.Parent} (table {@code parent}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql, V3__people_consent.sql; behaviour belongs in the subclass.
 */
public abstract class _Parent extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Parent", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> LAST_NAME = PropertyFactory.createString("lastName", String.class);
    public static final StringProperty<String> FIRST_NAME = PropertyFactory.createString("firstName", String.class);
    public static final StringProperty<String> MIDDLE_NAME = PropertyFactory.createString("middleName", String.class);
    public static final StringProperty<String> GENDER = PropertyFactory.createString("gender", String.class);
    public static final StringProperty<String> PHONE = PropertyFactory.createString("phone", String.class);
    public static final StringProperty<String> EMAIL = PropertyFactory.createString("email", String.class);
    public static final BaseProperty<Boolean> ACTIVE = PropertyFactory.createBase("active", Boolean.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final ListProperty<StudentParent> CHILD_LINKS = PropertyFactory.createList("childLinks", StudentParent.class);

    protected String lastName;
    protected String firstName;
    protected String middleName;
    protected String gender;
    protected String phone;
    protected String email;
    protected Boolean active;
    protected Object school;
    protected Object childLinks;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setLastName(String lastName) {
        beforePropertyWrite("lastName", this.lastName, lastName);
        this.lastName = lastName;
    }

    public String getLastName() {
        beforePropertyRead("lastName");
        return this.lastName;
    }

    public void setFirstName(String firstName) {
        beforePropertyWrite("firstName", this.firstName, firstName);
        this.firstName = firstName;
    }

    public String getFirstName() {
        beforePropertyRead("firstName");
        return this.firstName;
    }

    public void setMiddleName(String middleName) {
        beforePropertyWrite("middleName", this.middleName, middleName);
        this.middleName = middleName;
    }

    public String getMiddleName() {
        beforePropertyRead("middleName");
        return this.middleName;
    }

    public void setGender(String gender) {
        beforePropertyWrite("gender", this.gender, gender);
        this.gender = gender;
    }

    public String getGender() {
        beforePropertyRead("gender");
        return this.gender;
    }

    public void setPhone(String phone) {
        beforePropertyWrite("phone", this.phone, phone);
        this.phone = phone;
    }

    public String getPhone() {
        beforePropertyRead("phone");
        return this.phone;
    }

    public void setEmail(String email) {
        beforePropertyWrite("email", this.email, email);
        this.email = email;
    }

    public String getEmail() {
        beforePropertyRead("email");
        return this.email;
    }

    public void setActive(Boolean active) {
        beforePropertyWrite("active", this.active, active);
        this.active = active;
    }

    public Boolean getActive() {
        beforePropertyRead("active");
        return this.active;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void addToChildLinks(StudentParent obj) {
        addToManyTarget("childLinks", obj, true);
    }

    public void removeFromChildLinks(StudentParent obj) {
        removeToManyTarget("childLinks", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<StudentParent> getChildLinks() {
        return (List<StudentParent>) readProperty("childLinks");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (active == null) {
            setActive(Boolean.TRUE);
        }
        if (middleName == null) {
            setMiddleName("");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "lastName":
                return this.lastName;
            case "firstName":
                return this.firstName;
            case "middleName":
                return this.middleName;
            case "gender":
                return this.gender;
            case "phone":
                return this.phone;
            case "email":
                return this.email;
            case "active":
                return this.active;
            case "school":
                return this.school;
            case "childLinks":
                return this.childLinks;
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
            case "lastName":
                this.lastName = (String) val;
                break;
            case "firstName":
                this.firstName = (String) val;
                break;
            case "middleName":
                this.middleName = (String) val;
                break;
            case "gender":
                this.gender = (String) val;
                break;
            case "phone":
                this.phone = (String) val;
                break;
            case "email":
                this.email = (String) val;
                break;
            case "active":
                this.active = (Boolean) val;
                break;
            case "school":
                this.school = val;
                break;
            case "childLinks":
                this.childLinks = val;
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
        out.writeObject(this.lastName);
        out.writeObject(this.firstName);
        out.writeObject(this.middleName);
        out.writeObject(this.gender);
        out.writeObject(this.phone);
        out.writeObject(this.email);
        out.writeObject(this.active);
        out.writeObject(this.school);
        out.writeObject(this.childLinks);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.lastName = (String) in.readObject();
        this.firstName = (String) in.readObject();
        this.middleName = (String) in.readObject();
        this.gender = (String) in.readObject();
        this.phone = (String) in.readObject();
        this.email = (String) in.readObject();
        this.active = (Boolean) in.readObject();
        this.school = in.readObject();
        this.childLinks = in.readObject();
    }
}

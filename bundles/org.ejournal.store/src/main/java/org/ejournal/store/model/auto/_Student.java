package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
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
import org.ejournal.store.model.Consent;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.School;
import org.ejournal.store.model.StudentParent;

/**
 * Persistent state of {@link org.ejournal.store.model.Student} (table {@code student}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql, V3__people_consent.sql; behaviour belongs in the subclass.
 */
public abstract class _Student extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Student", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> LAST_NAME = PropertyFactory.createString("lastName", String.class);
    public static final StringProperty<String> FIRST_NAME = PropertyFactory.createString("firstName", String.class);
    public static final StringProperty<String> MIDDLE_NAME = PropertyFactory.createString("middleName", String.class);
    public static final StringProperty<String> GENDER = PropertyFactory.createString("gender", String.class);
    public static final DateProperty<LocalDate> BIRTH_DATE = PropertyFactory.createDate("birthDate", LocalDate.class);
    public static final StringProperty<String> ADDRESS = PropertyFactory.createString("address", String.class);
    public static final StringProperty<String> PHONE = PropertyFactory.createString("phone", String.class);
    public static final StringProperty<String> DOCUMENT = PropertyFactory.createString("document", String.class);
    public static final NumericProperty<Integer> HEALTH_GROUP = PropertyFactory.createNumeric("healthGroup", Integer.class);
    public static final BaseProperty<Boolean> ACTIVE = PropertyFactory.createBase("active", Boolean.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final ListProperty<StudentParent> PARENT_LINKS = PropertyFactory.createList("parentLinks", StudentParent.class);
    public static final ListProperty<Enrollment> ENROLLMENTS = PropertyFactory.createList("enrollments", Enrollment.class);
    public static final ListProperty<Consent> CONSENTS = PropertyFactory.createList("consents", Consent.class);

    protected String lastName;
    protected String firstName;
    protected String middleName;
    protected String gender;
    protected LocalDate birthDate;
    protected String address;
    protected String phone;
    protected String document;
    protected Integer healthGroup;
    protected Boolean active;
    protected Object school;
    protected Object parentLinks;
    protected Object enrollments;
    protected Object consents;

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

    public void setBirthDate(LocalDate birthDate) {
        beforePropertyWrite("birthDate", this.birthDate, birthDate);
        this.birthDate = birthDate;
    }

    public LocalDate getBirthDate() {
        beforePropertyRead("birthDate");
        return this.birthDate;
    }

    public void setAddress(String address) {
        beforePropertyWrite("address", this.address, address);
        this.address = address;
    }

    public String getAddress() {
        beforePropertyRead("address");
        return this.address;
    }

    public void setPhone(String phone) {
        beforePropertyWrite("phone", this.phone, phone);
        this.phone = phone;
    }

    public String getPhone() {
        beforePropertyRead("phone");
        return this.phone;
    }

    public void setDocument(String document) {
        beforePropertyWrite("document", this.document, document);
        this.document = document;
    }

    public String getDocument() {
        beforePropertyRead("document");
        return this.document;
    }

    public void setHealthGroup(Integer healthGroup) {
        beforePropertyWrite("healthGroup", this.healthGroup, healthGroup);
        this.healthGroup = healthGroup;
    }

    public Integer getHealthGroup() {
        beforePropertyRead("healthGroup");
        return this.healthGroup;
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

    public void addToParentLinks(StudentParent obj) {
        addToManyTarget("parentLinks", obj, true);
    }

    public void removeFromParentLinks(StudentParent obj) {
        removeToManyTarget("parentLinks", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<StudentParent> getParentLinks() {
        return (List<StudentParent>) readProperty("parentLinks");
    }

    public void addToEnrollments(Enrollment obj) {
        addToManyTarget("enrollments", obj, true);
    }

    public void removeFromEnrollments(Enrollment obj) {
        removeToManyTarget("enrollments", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Enrollment> getEnrollments() {
        return (List<Enrollment>) readProperty("enrollments");
    }

    public void addToConsents(Consent obj) {
        addToManyTarget("consents", obj, true);
    }

    public void removeFromConsents(Consent obj) {
        removeToManyTarget("consents", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Consent> getConsents() {
        return (List<Consent>) readProperty("consents");
    }

    /** The column defaults of V1__core.sql, V3__people_consent.sql, for new objects: Cayenne inserts every column, NULL when unset. */
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
            case "birthDate":
                return this.birthDate;
            case "address":
                return this.address;
            case "phone":
                return this.phone;
            case "document":
                return this.document;
            case "healthGroup":
                return this.healthGroup;
            case "active":
                return this.active;
            case "school":
                return this.school;
            case "parentLinks":
                return this.parentLinks;
            case "enrollments":
                return this.enrollments;
            case "consents":
                return this.consents;
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
            case "birthDate":
                this.birthDate = (LocalDate) val;
                break;
            case "address":
                this.address = (String) val;
                break;
            case "phone":
                this.phone = (String) val;
                break;
            case "document":
                this.document = (String) val;
                break;
            case "healthGroup":
                this.healthGroup = (Integer) val;
                break;
            case "active":
                this.active = (Boolean) val;
                break;
            case "school":
                this.school = val;
                break;
            case "parentLinks":
                this.parentLinks = val;
                break;
            case "enrollments":
                this.enrollments = val;
                break;
            case "consents":
                this.consents = val;
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
        out.writeObject(this.birthDate);
        out.writeObject(this.address);
        out.writeObject(this.phone);
        out.writeObject(this.document);
        out.writeObject(this.healthGroup);
        out.writeObject(this.active);
        out.writeObject(this.school);
        out.writeObject(this.parentLinks);
        out.writeObject(this.enrollments);
        out.writeObject(this.consents);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.lastName = (String) in.readObject();
        this.firstName = (String) in.readObject();
        this.middleName = (String) in.readObject();
        this.gender = (String) in.readObject();
        this.birthDate = (LocalDate) in.readObject();
        this.address = (String) in.readObject();
        this.phone = (String) in.readObject();
        this.document = (String) in.readObject();
        this.healthGroup = (Integer) in.readObject();
        this.active = (Boolean) in.readObject();
        this.school = in.readObject();
        this.parentLinks = in.readObject();
        this.enrollments = in.readObject();
        this.consents = in.readObject();
    }
}

package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.School;
import org.ejournal.store.model.StudentParent;

/**
 * Persistent state of {@link org.ejournal.store.model.Student} (table {@code student}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
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
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final ListProperty<StudentParent> PARENT_LINKS = PropertyFactory.createList("parentLinks", StudentParent.class);
    public static final ListProperty<Enrollment> ENROLLMENTS = PropertyFactory.createList("enrollments", Enrollment.class);

    protected String lastName;
    protected String firstName;
    protected String middleName;
    protected String gender;
    protected LocalDate birthDate;
    protected Object school;
    protected Object parentLinks;
    protected Object enrollments;

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

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
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
            case "school":
                return this.school;
            case "parentLinks":
                return this.parentLinks;
            case "enrollments":
                return this.enrollments;
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
            case "school":
                this.school = val;
                break;
            case "parentLinks":
                this.parentLinks = val;
                break;
            case "enrollments":
                this.enrollments = val;
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
        out.writeObject(this.school);
        out.writeObject(this.parentLinks);
        out.writeObject(this.enrollments);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.lastName = (String) in.readObject();
        this.firstName = (String) in.readObject();
        this.middleName = (String) in.readObject();
        this.gender = (String) in.readObject();
        this.birthDate = (LocalDate) in.readObject();
        this.school = in.readObject();
        this.parentLinks = in.readObject();
        this.enrollments = in.readObject();
    }
}

package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.School;
import org.ejournal.store.model.Student;

/**
 * Persistent state of {@link org.ejournal.store.model.Consent} (table {@code consent}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V3__people_consent.sql; behaviour belongs in the subclass.
 */
public abstract class _Consent extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Consent", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final DateProperty<LocalDate> GIVEN_ON = PropertyFactory.createDate("givenOn", LocalDate.class);
    public static final StringProperty<String> SCOPE = PropertyFactory.createString("scope", String.class);
    public static final DateProperty<LocalDateTime> RECORDED_AT = PropertyFactory.createDate("recordedAt", LocalDateTime.class);
    public static final NumericProperty<Long> RECORDED_BY = PropertyFactory.createNumeric("recordedBy", Long.class);
    public static final DateProperty<LocalDateTime> WITHDRAWN_AT = PropertyFactory.createDate("withdrawnAt", LocalDateTime.class);
    public static final NumericProperty<Long> WITHDRAWN_BY = PropertyFactory.createNumeric("withdrawnBy", Long.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Student> STUDENT = PropertyFactory.createEntity("student", Student.class);
    public static final EntityProperty<Parent> PARENT = PropertyFactory.createEntity("parent", Parent.class);

    protected LocalDate givenOn;
    protected String scope;
    protected LocalDateTime recordedAt;
    protected Long recordedBy;
    protected LocalDateTime withdrawnAt;
    protected Long withdrawnBy;
    protected Object school;
    protected Object student;
    protected Object parent;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setGivenOn(LocalDate givenOn) {
        beforePropertyWrite("givenOn", this.givenOn, givenOn);
        this.givenOn = givenOn;
    }

    public LocalDate getGivenOn() {
        beforePropertyRead("givenOn");
        return this.givenOn;
    }

    public void setScope(String scope) {
        beforePropertyWrite("scope", this.scope, scope);
        this.scope = scope;
    }

    public String getScope() {
        beforePropertyRead("scope");
        return this.scope;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        beforePropertyWrite("recordedAt", this.recordedAt, recordedAt);
        this.recordedAt = recordedAt;
    }

    public LocalDateTime getRecordedAt() {
        beforePropertyRead("recordedAt");
        return this.recordedAt;
    }

    public void setRecordedBy(Long recordedBy) {
        beforePropertyWrite("recordedBy", this.recordedBy, recordedBy);
        this.recordedBy = recordedBy;
    }

    public Long getRecordedBy() {
        beforePropertyRead("recordedBy");
        return this.recordedBy;
    }

    public void setWithdrawnAt(LocalDateTime withdrawnAt) {
        beforePropertyWrite("withdrawnAt", this.withdrawnAt, withdrawnAt);
        this.withdrawnAt = withdrawnAt;
    }

    public LocalDateTime getWithdrawnAt() {
        beforePropertyRead("withdrawnAt");
        return this.withdrawnAt;
    }

    public void setWithdrawnBy(Long withdrawnBy) {
        beforePropertyWrite("withdrawnBy", this.withdrawnBy, withdrawnBy);
        this.withdrawnBy = withdrawnBy;
    }

    public Long getWithdrawnBy() {
        beforePropertyRead("withdrawnBy");
        return this.withdrawnBy;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
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

    /** The column defaults of V3__people_consent.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (recordedAt == null) {
            setRecordedAt(LocalDateTime.now(ZoneOffset.UTC));
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "givenOn":
                return this.givenOn;
            case "scope":
                return this.scope;
            case "recordedAt":
                return this.recordedAt;
            case "recordedBy":
                return this.recordedBy;
            case "withdrawnAt":
                return this.withdrawnAt;
            case "withdrawnBy":
                return this.withdrawnBy;
            case "school":
                return this.school;
            case "student":
                return this.student;
            case "parent":
                return this.parent;
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
            case "givenOn":
                this.givenOn = (LocalDate) val;
                break;
            case "scope":
                this.scope = (String) val;
                break;
            case "recordedAt":
                this.recordedAt = (LocalDateTime) val;
                break;
            case "recordedBy":
                this.recordedBy = (Long) val;
                break;
            case "withdrawnAt":
                this.withdrawnAt = (LocalDateTime) val;
                break;
            case "withdrawnBy":
                this.withdrawnBy = (Long) val;
                break;
            case "school":
                this.school = val;
                break;
            case "student":
                this.student = val;
                break;
            case "parent":
                this.parent = val;
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
        out.writeObject(this.givenOn);
        out.writeObject(this.scope);
        out.writeObject(this.recordedAt);
        out.writeObject(this.recordedBy);
        out.writeObject(this.withdrawnAt);
        out.writeObject(this.withdrawnBy);
        out.writeObject(this.school);
        out.writeObject(this.student);
        out.writeObject(this.parent);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.givenOn = (LocalDate) in.readObject();
        this.scope = (String) in.readObject();
        this.recordedAt = (LocalDateTime) in.readObject();
        this.recordedBy = (Long) in.readObject();
        this.withdrawnAt = (LocalDateTime) in.readObject();
        this.withdrawnBy = (Long) in.readObject();
        this.school = in.readObject();
        this.student = in.readObject();
        this.parent = in.readObject();
    }
}

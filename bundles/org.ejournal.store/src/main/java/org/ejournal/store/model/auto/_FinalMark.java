package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
import org.ejournal.store.model.School;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.StudyPeriod;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.UserAccount;

/**
 * Persistent state of {@link org.ejournal.store.model.FinalMark} (table {@code final_mark}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _FinalMark extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "FinalMark", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> VALUE = PropertyFactory.createString("value", String.class);
    public static final StringProperty<String> OVERRIDE_REASON = PropertyFactory.createString("overrideReason", String.class);
    public static final DateProperty<LocalDateTime> CREATED_AT = PropertyFactory.createDate("createdAt", LocalDateTime.class);
    public static final DateProperty<LocalDateTime> UPDATED_AT = PropertyFactory.createDate("updatedAt", LocalDateTime.class);
    public static final NumericProperty<Integer> VERSION = PropertyFactory.createNumeric("version", Integer.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Student> STUDENT = PropertyFactory.createEntity("student", Student.class);
    public static final EntityProperty<TeachingAssignment> ASSIGNMENT = PropertyFactory.createEntity("assignment", TeachingAssignment.class);
    public static final EntityProperty<StudyPeriod> STUDY_PERIOD = PropertyFactory.createEntity("studyPeriod", StudyPeriod.class);
    public static final EntityProperty<UserAccount> CREATED_BY = PropertyFactory.createEntity("createdBy", UserAccount.class);

    protected String value;
    protected String overrideReason;
    protected LocalDateTime createdAt;
    protected LocalDateTime updatedAt;
    protected Integer version;
    protected Object school;
    protected Object student;
    protected Object assignment;
    protected Object studyPeriod;
    protected Object createdBy;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setValue(String value) {
        beforePropertyWrite("value", this.value, value);
        this.value = value;
    }

    public String getValue() {
        beforePropertyRead("value");
        return this.value;
    }

    public void setOverrideReason(String overrideReason) {
        beforePropertyWrite("overrideReason", this.overrideReason, overrideReason);
        this.overrideReason = overrideReason;
    }

    public String getOverrideReason() {
        beforePropertyRead("overrideReason");
        return this.overrideReason;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        beforePropertyWrite("createdAt", this.createdAt, createdAt);
        this.createdAt = createdAt;
    }

    public LocalDateTime getCreatedAt() {
        beforePropertyRead("createdAt");
        return this.createdAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        beforePropertyWrite("updatedAt", this.updatedAt, updatedAt);
        this.updatedAt = updatedAt;
    }

    public LocalDateTime getUpdatedAt() {
        beforePropertyRead("updatedAt");
        return this.updatedAt;
    }

    public void setVersion(Integer version) {
        beforePropertyWrite("version", this.version, version);
        this.version = version;
    }

    public Integer getVersion() {
        beforePropertyRead("version");
        return this.version;
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

    public void setAssignment(TeachingAssignment assignment) {
        setToOneTarget("assignment", assignment, true);
    }

    public TeachingAssignment getAssignment() {
        return (TeachingAssignment) readProperty("assignment");
    }

    public void setStudyPeriod(StudyPeriod studyPeriod) {
        setToOneTarget("studyPeriod", studyPeriod, true);
    }

    public StudyPeriod getStudyPeriod() {
        return (StudyPeriod) readProperty("studyPeriod");
    }

    public void setCreatedBy(UserAccount createdBy) {
        setToOneTarget("createdBy", createdBy, true);
    }

    public UserAccount getCreatedBy() {
        return (UserAccount) readProperty("createdBy");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (createdAt == null) {
            setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        }
        if (version == null) {
            setVersion(0);
        }
    }

    /** Marks a change: time of the change and, when optimistically locked, the next version. */
    protected void stampChange() {
        setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        setVersion(version == null ? 1 : version + 1);
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "value":
                return this.value;
            case "overrideReason":
                return this.overrideReason;
            case "createdAt":
                return this.createdAt;
            case "updatedAt":
                return this.updatedAt;
            case "version":
                return this.version;
            case "school":
                return this.school;
            case "student":
                return this.student;
            case "assignment":
                return this.assignment;
            case "studyPeriod":
                return this.studyPeriod;
            case "createdBy":
                return this.createdBy;
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
            case "value":
                this.value = (String) val;
                break;
            case "overrideReason":
                this.overrideReason = (String) val;
                break;
            case "createdAt":
                this.createdAt = (LocalDateTime) val;
                break;
            case "updatedAt":
                this.updatedAt = (LocalDateTime) val;
                break;
            case "version":
                this.version = (Integer) val;
                break;
            case "school":
                this.school = val;
                break;
            case "student":
                this.student = val;
                break;
            case "assignment":
                this.assignment = val;
                break;
            case "studyPeriod":
                this.studyPeriod = val;
                break;
            case "createdBy":
                this.createdBy = val;
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
        out.writeObject(this.value);
        out.writeObject(this.overrideReason);
        out.writeObject(this.createdAt);
        out.writeObject(this.updatedAt);
        out.writeObject(this.version);
        out.writeObject(this.school);
        out.writeObject(this.student);
        out.writeObject(this.assignment);
        out.writeObject(this.studyPeriod);
        out.writeObject(this.createdBy);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.value = (String) in.readObject();
        this.overrideReason = (String) in.readObject();
        this.createdAt = (LocalDateTime) in.readObject();
        this.updatedAt = (LocalDateTime) in.readObject();
        this.version = (Integer) in.readObject();
        this.school = in.readObject();
        this.student = in.readObject();
        this.assignment = in.readObject();
        this.studyPeriod = in.readObject();
        this.createdBy = in.readObject();
    }
}

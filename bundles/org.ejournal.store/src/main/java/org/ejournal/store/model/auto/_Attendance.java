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
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.School;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.UserAccount;

/**
 * Persistent state of {@link org.ejournal.store.model.Attendance} (table {@code attendance}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _Attendance extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Attendance", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> CODE = PropertyFactory.createString("code", String.class);
    public static final StringProperty<String> REASON = PropertyFactory.createString("reason", String.class);
    public static final DateProperty<LocalDateTime> CREATED_AT = PropertyFactory.createDate("createdAt", LocalDateTime.class);
    public static final DateProperty<LocalDateTime> UPDATED_AT = PropertyFactory.createDate("updatedAt", LocalDateTime.class);
    public static final NumericProperty<Integer> VERSION = PropertyFactory.createNumeric("version", Integer.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Lesson> LESSON = PropertyFactory.createEntity("lesson", Lesson.class);
    public static final EntityProperty<Student> STUDENT = PropertyFactory.createEntity("student", Student.class);
    public static final EntityProperty<UserAccount> CREATED_BY = PropertyFactory.createEntity("createdBy", UserAccount.class);
    public static final EntityProperty<UserAccount> UPDATED_BY = PropertyFactory.createEntity("updatedBy", UserAccount.class);

    protected String code;
    protected String reason;
    protected LocalDateTime createdAt;
    protected LocalDateTime updatedAt;
    protected Integer version;
    protected Object school;
    protected Object lesson;
    protected Object student;
    protected Object createdBy;
    protected Object updatedBy;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setCode(String code) {
        beforePropertyWrite("code", this.code, code);
        this.code = code;
    }

    public String getCode() {
        beforePropertyRead("code");
        return this.code;
    }

    public void setReason(String reason) {
        beforePropertyWrite("reason", this.reason, reason);
        this.reason = reason;
    }

    public String getReason() {
        beforePropertyRead("reason");
        return this.reason;
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

    public void setLesson(Lesson lesson) {
        setToOneTarget("lesson", lesson, true);
    }

    public Lesson getLesson() {
        return (Lesson) readProperty("lesson");
    }

    public void setStudent(Student student) {
        setToOneTarget("student", student, true);
    }

    public Student getStudent() {
        return (Student) readProperty("student");
    }

    public void setCreatedBy(UserAccount createdBy) {
        setToOneTarget("createdBy", createdBy, true);
    }

    public UserAccount getCreatedBy() {
        return (UserAccount) readProperty("createdBy");
    }

    public void setUpdatedBy(UserAccount updatedBy) {
        setToOneTarget("updatedBy", updatedBy, true);
    }

    public UserAccount getUpdatedBy() {
        return (UserAccount) readProperty("updatedBy");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (reason == null) {
            setReason("");
        }
        if (createdAt == null) {
            setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        }
        if (version == null) {
            setVersion(0);
        }
    }

    /** Stamps a change and bumps the optimistic-lock version. */
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
            case "code":
                return this.code;
            case "reason":
                return this.reason;
            case "createdAt":
                return this.createdAt;
            case "updatedAt":
                return this.updatedAt;
            case "version":
                return this.version;
            case "school":
                return this.school;
            case "lesson":
                return this.lesson;
            case "student":
                return this.student;
            case "createdBy":
                return this.createdBy;
            case "updatedBy":
                return this.updatedBy;
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
            case "code":
                this.code = (String) val;
                break;
            case "reason":
                this.reason = (String) val;
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
            case "lesson":
                this.lesson = val;
                break;
            case "student":
                this.student = val;
                break;
            case "createdBy":
                this.createdBy = val;
                break;
            case "updatedBy":
                this.updatedBy = val;
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
        out.writeObject(this.code);
        out.writeObject(this.reason);
        out.writeObject(this.createdAt);
        out.writeObject(this.updatedAt);
        out.writeObject(this.version);
        out.writeObject(this.school);
        out.writeObject(this.lesson);
        out.writeObject(this.student);
        out.writeObject(this.createdBy);
        out.writeObject(this.updatedBy);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.code = (String) in.readObject();
        this.reason = (String) in.readObject();
        this.createdAt = (LocalDateTime) in.readObject();
        this.updatedAt = (LocalDateTime) in.readObject();
        this.version = (Integer) in.readObject();
        this.school = in.readObject();
        this.lesson = in.readObject();
        this.student = in.readObject();
        this.createdBy = in.readObject();
        this.updatedBy = in.readObject();
    }
}

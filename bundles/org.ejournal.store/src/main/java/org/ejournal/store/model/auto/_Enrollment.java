package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Student;

/**
 * Persistent state of {@link org.ejournal.store.model.Enrollment} (table {@code enrollment}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql (+ V7 start_note, end_cause); behaviour belongs in the subclass.
 */
public abstract class _Enrollment extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Enrollment", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final DateProperty<LocalDate> START_DATE = PropertyFactory.createDate("startDate", LocalDate.class);
    public static final DateProperty<LocalDate> END_DATE = PropertyFactory.createDate("endDate", LocalDate.class);
    public static final StringProperty<String> START_REASON = PropertyFactory.createString("startReason", String.class);
    public static final StringProperty<String> END_REASON = PropertyFactory.createString("endReason", String.class);
    public static final StringProperty<String> START_NOTE = PropertyFactory.createString("startNote", String.class);
    public static final StringProperty<String> END_CAUSE = PropertyFactory.createString("endCause", String.class);
    public static final StringProperty<String> END_NOTE = PropertyFactory.createString("endNote", String.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Student> STUDENT = PropertyFactory.createEntity("student", Student.class);
    public static final EntityProperty<SchoolClass> SCHOOL_CLASS = PropertyFactory.createEntity("schoolClass", SchoolClass.class);

    protected LocalDate startDate;
    protected LocalDate endDate;
    protected String startReason;
    protected String endReason;
    protected String endNote;
    protected String startNote;
    protected String endCause;
    protected Object school;
    protected Object student;
    protected Object schoolClass;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setStartDate(LocalDate startDate) {
        beforePropertyWrite("startDate", this.startDate, startDate);
        this.startDate = startDate;
    }

    public LocalDate getStartDate() {
        beforePropertyRead("startDate");
        return this.startDate;
    }

    public void setEndDate(LocalDate endDate) {
        beforePropertyWrite("endDate", this.endDate, endDate);
        this.endDate = endDate;
    }

    public LocalDate getEndDate() {
        beforePropertyRead("endDate");
        return this.endDate;
    }

    public void setStartReason(String startReason) {
        beforePropertyWrite("startReason", this.startReason, startReason);
        this.startReason = startReason;
    }

    public String getStartReason() {
        beforePropertyRead("startReason");
        return this.startReason;
    }

    public void setEndReason(String endReason) {
        beforePropertyWrite("endReason", this.endReason, endReason);
        this.endReason = endReason;
    }

    public String getEndReason() {
        beforePropertyRead("endReason");
        return this.endReason;
    }

    public void setEndNote(String endNote) {
        beforePropertyWrite("endNote", this.endNote, endNote);
        this.endNote = endNote;
    }

    public String getEndNote() {
        beforePropertyRead("endNote");
        return this.endNote;
    }

    public void setStartNote(String startNote) {
        beforePropertyWrite("startNote", this.startNote, startNote);
        this.startNote = startNote;
    }

    public String getStartNote() {
        beforePropertyRead("startNote");
        return this.startNote;
    }

    public void setEndCause(String endCause) {
        beforePropertyWrite("endCause", this.endCause, endCause);
        this.endCause = endCause;
    }

    public String getEndCause() {
        beforePropertyRead("endCause");
        return this.endCause;
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

    public void setSchoolClass(SchoolClass schoolClass) {
        setToOneTarget("schoolClass", schoolClass, true);
    }

    public SchoolClass getSchoolClass() {
        return (SchoolClass) readProperty("schoolClass");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (startReason == null) {
            setStartReason("ENROLLED");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "startDate":
                return this.startDate;
            case "endDate":
                return this.endDate;
            case "startReason":
                return this.startReason;
            case "endReason":
                return this.endReason;
            case "endNote":
                return this.endNote;
            case "startNote":
                return this.startNote;
            case "endCause":
                return this.endCause;
            case "school":
                return this.school;
            case "student":
                return this.student;
            case "schoolClass":
                return this.schoolClass;
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
            case "startDate":
                this.startDate = (LocalDate) val;
                break;
            case "endDate":
                this.endDate = (LocalDate) val;
                break;
            case "startReason":
                this.startReason = (String) val;
                break;
            case "endReason":
                this.endReason = (String) val;
                break;
            case "endNote":
                this.endNote = (String) val;
                break;
            case "startNote":
                this.startNote = (String) val;
                break;
            case "endCause":
                this.endCause = (String) val;
                break;
            case "school":
                this.school = val;
                break;
            case "student":
                this.student = val;
                break;
            case "schoolClass":
                this.schoolClass = val;
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
        out.writeObject(this.startDate);
        out.writeObject(this.endDate);
        out.writeObject(this.startReason);
        out.writeObject(this.endReason);
        out.writeObject(this.endNote);
        out.writeObject(this.startNote);
        out.writeObject(this.endCause);
        out.writeObject(this.school);
        out.writeObject(this.student);
        out.writeObject(this.schoolClass);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.startDate = (LocalDate) in.readObject();
        this.endDate = (LocalDate) in.readObject();
        this.startReason = (String) in.readObject();
        this.endReason = (String) in.readObject();
        this.endNote = (String) in.readObject();
        this.startNote = (String) in.readObject();
        this.endCause = (String) in.readObject();
        this.school = in.readObject();
        this.student = in.readObject();
        this.schoolClass = in.readObject();
    }
}

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
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.TeachingAssignment;

/**
 * Persistent state of {@link org.ejournal.store.model.TimetableSlot} (table {@code timetable_slot}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _TimetableSlot extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "TimetableSlot", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final NumericProperty<Integer> WEEKDAY = PropertyFactory.createNumeric("weekday", Integer.class);
    public static final NumericProperty<Integer> LESSON_NUMBER = PropertyFactory.createNumeric("lessonNumber", Integer.class);
    public static final StringProperty<String> ROOM = PropertyFactory.createString("room", String.class);
    public static final DateProperty<LocalDate> VALID_FROM = PropertyFactory.createDate("validFrom", LocalDate.class);
    public static final DateProperty<LocalDate> VALID_TO = PropertyFactory.createDate("validTo", LocalDate.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<SchoolClass> SCHOOL_CLASS = PropertyFactory.createEntity("schoolClass", SchoolClass.class);
    public static final EntityProperty<TeachingAssignment> ASSIGNMENT = PropertyFactory.createEntity("assignment", TeachingAssignment.class);

    protected Integer weekday;
    protected Integer lessonNumber;
    protected String room;
    protected LocalDate validFrom;
    protected LocalDate validTo;
    protected Object school;
    protected Object schoolClass;
    protected Object assignment;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setWeekday(Integer weekday) {
        beforePropertyWrite("weekday", this.weekday, weekday);
        this.weekday = weekday;
    }

    public Integer getWeekday() {
        beforePropertyRead("weekday");
        return this.weekday;
    }

    public void setLessonNumber(Integer lessonNumber) {
        beforePropertyWrite("lessonNumber", this.lessonNumber, lessonNumber);
        this.lessonNumber = lessonNumber;
    }

    public Integer getLessonNumber() {
        beforePropertyRead("lessonNumber");
        return this.lessonNumber;
    }

    public void setRoom(String room) {
        beforePropertyWrite("room", this.room, room);
        this.room = room;
    }

    public String getRoom() {
        beforePropertyRead("room");
        return this.room;
    }

    public void setValidFrom(LocalDate validFrom) {
        beforePropertyWrite("validFrom", this.validFrom, validFrom);
        this.validFrom = validFrom;
    }

    public LocalDate getValidFrom() {
        beforePropertyRead("validFrom");
        return this.validFrom;
    }

    public void setValidTo(LocalDate validTo) {
        beforePropertyWrite("validTo", this.validTo, validTo);
        this.validTo = validTo;
    }

    public LocalDate getValidTo() {
        beforePropertyRead("validTo");
        return this.validTo;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setSchoolClass(SchoolClass schoolClass) {
        setToOneTarget("schoolClass", schoolClass, true);
    }

    public SchoolClass getSchoolClass() {
        return (SchoolClass) readProperty("schoolClass");
    }

    public void setAssignment(TeachingAssignment assignment) {
        setToOneTarget("assignment", assignment, true);
    }

    public TeachingAssignment getAssignment() {
        return (TeachingAssignment) readProperty("assignment");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (room == null) {
            setRoom("");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "weekday":
                return this.weekday;
            case "lessonNumber":
                return this.lessonNumber;
            case "room":
                return this.room;
            case "validFrom":
                return this.validFrom;
            case "validTo":
                return this.validTo;
            case "school":
                return this.school;
            case "schoolClass":
                return this.schoolClass;
            case "assignment":
                return this.assignment;
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
            case "weekday":
                this.weekday = (Integer) val;
                break;
            case "lessonNumber":
                this.lessonNumber = (Integer) val;
                break;
            case "room":
                this.room = (String) val;
                break;
            case "validFrom":
                this.validFrom = (LocalDate) val;
                break;
            case "validTo":
                this.validTo = (LocalDate) val;
                break;
            case "school":
                this.school = val;
                break;
            case "schoolClass":
                this.schoolClass = val;
                break;
            case "assignment":
                this.assignment = val;
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
        out.writeObject(this.weekday);
        out.writeObject(this.lessonNumber);
        out.writeObject(this.room);
        out.writeObject(this.validFrom);
        out.writeObject(this.validTo);
        out.writeObject(this.school);
        out.writeObject(this.schoolClass);
        out.writeObject(this.assignment);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.weekday = (Integer) in.readObject();
        this.lessonNumber = (Integer) in.readObject();
        this.room = (String) in.readObject();
        this.validFrom = (LocalDate) in.readObject();
        this.validTo = (LocalDate) in.readObject();
        this.school = in.readObject();
        this.schoolClass = in.readObject();
        this.assignment = in.readObject();
    }
}

package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.Attendance;
import org.ejournal.store.model.School;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.Work;

/**
 * Persistent state of {@link org.ejournal.store.model.Lesson} (table {@code lesson}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _Lesson extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Lesson", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final DateProperty<LocalDate> LESSON_DATE = PropertyFactory.createDate("lessonDate", LocalDate.class);
    public static final NumericProperty<Integer> LESSON_NUMBER = PropertyFactory.createNumeric("lessonNumber", Integer.class);
    public static final StringProperty<String> TOPIC = PropertyFactory.createString("topic", String.class);
    public static final StringProperty<String> HOMEWORK = PropertyFactory.createString("homework", String.class);
    public static final DateProperty<LocalDateTime> UPDATED_AT = PropertyFactory.createDate("updatedAt", LocalDateTime.class);
    public static final NumericProperty<Integer> VERSION = PropertyFactory.createNumeric("version", Integer.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<TeachingAssignment> ASSIGNMENT = PropertyFactory.createEntity("assignment", TeachingAssignment.class);
    public static final EntityProperty<Staff> TEACHER = PropertyFactory.createEntity("teacher", Staff.class);
    public static final ListProperty<Work> WORKS = PropertyFactory.createList("works", Work.class);
    public static final ListProperty<Attendance> ATTENDANCES = PropertyFactory.createList("attendances", Attendance.class);

    protected LocalDate lessonDate;
    protected Integer lessonNumber;
    protected String topic;
    protected String homework;
    protected LocalDateTime updatedAt;
    protected Integer version;
    protected Object school;
    protected Object assignment;
    protected Object teacher;
    protected Object works;
    protected Object attendances;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setLessonDate(LocalDate lessonDate) {
        beforePropertyWrite("lessonDate", this.lessonDate, lessonDate);
        this.lessonDate = lessonDate;
    }

    public LocalDate getLessonDate() {
        beforePropertyRead("lessonDate");
        return this.lessonDate;
    }

    public void setLessonNumber(Integer lessonNumber) {
        beforePropertyWrite("lessonNumber", this.lessonNumber, lessonNumber);
        this.lessonNumber = lessonNumber;
    }

    public Integer getLessonNumber() {
        beforePropertyRead("lessonNumber");
        return this.lessonNumber;
    }

    public void setTopic(String topic) {
        beforePropertyWrite("topic", this.topic, topic);
        this.topic = topic;
    }

    public String getTopic() {
        beforePropertyRead("topic");
        return this.topic;
    }

    public void setHomework(String homework) {
        beforePropertyWrite("homework", this.homework, homework);
        this.homework = homework;
    }

    public String getHomework() {
        beforePropertyRead("homework");
        return this.homework;
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

    public void setAssignment(TeachingAssignment assignment) {
        setToOneTarget("assignment", assignment, true);
    }

    public TeachingAssignment getAssignment() {
        return (TeachingAssignment) readProperty("assignment");
    }

    public void setTeacher(Staff teacher) {
        setToOneTarget("teacher", teacher, true);
    }

    public Staff getTeacher() {
        return (Staff) readProperty("teacher");
    }

    public void addToWorks(Work obj) {
        addToManyTarget("works", obj, true);
    }

    public void removeFromWorks(Work obj) {
        removeToManyTarget("works", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Work> getWorks() {
        return (List<Work>) readProperty("works");
    }

    public void addToAttendances(Attendance obj) {
        addToManyTarget("attendances", obj, true);
    }

    public void removeFromAttendances(Attendance obj) {
        removeToManyTarget("attendances", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Attendance> getAttendances() {
        return (List<Attendance>) readProperty("attendances");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (topic == null) {
            setTopic("");
        }
        if (homework == null) {
            setHomework("");
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
            case "lessonDate":
                return this.lessonDate;
            case "lessonNumber":
                return this.lessonNumber;
            case "topic":
                return this.topic;
            case "homework":
                return this.homework;
            case "updatedAt":
                return this.updatedAt;
            case "version":
                return this.version;
            case "school":
                return this.school;
            case "assignment":
                return this.assignment;
            case "teacher":
                return this.teacher;
            case "works":
                return this.works;
            case "attendances":
                return this.attendances;
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
            case "lessonDate":
                this.lessonDate = (LocalDate) val;
                break;
            case "lessonNumber":
                this.lessonNumber = (Integer) val;
                break;
            case "topic":
                this.topic = (String) val;
                break;
            case "homework":
                this.homework = (String) val;
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
            case "assignment":
                this.assignment = val;
                break;
            case "teacher":
                this.teacher = val;
                break;
            case "works":
                this.works = val;
                break;
            case "attendances":
                this.attendances = val;
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
        out.writeObject(this.lessonDate);
        out.writeObject(this.lessonNumber);
        out.writeObject(this.topic);
        out.writeObject(this.homework);
        out.writeObject(this.updatedAt);
        out.writeObject(this.version);
        out.writeObject(this.school);
        out.writeObject(this.assignment);
        out.writeObject(this.teacher);
        out.writeObject(this.works);
        out.writeObject(this.attendances);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.lessonDate = (LocalDate) in.readObject();
        this.lessonNumber = (Integer) in.readObject();
        this.topic = (String) in.readObject();
        this.homework = (String) in.readObject();
        this.updatedAt = (LocalDateTime) in.readObject();
        this.version = (Integer) in.readObject();
        this.school = in.readObject();
        this.assignment = in.readObject();
        this.teacher = in.readObject();
        this.works = in.readObject();
        this.attendances = in.readObject();
    }
}

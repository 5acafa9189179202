package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.FinalMark;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Subgroup;
import org.ejournal.store.model.Subject;
import org.ejournal.store.model.TimetableSlot;

/**
 * Persistent state of {@link org.ejournal.store.model.TeachingAssignment} (table {@code teaching_assignment}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _TeachingAssignment extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "TeachingAssignment", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final NumericProperty<BigDecimal> HOURS_PER_WEEK = PropertyFactory.createNumeric("hoursPerWeek", BigDecimal.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<AcademicYear> ACADEMIC_YEAR = PropertyFactory.createEntity("academicYear", AcademicYear.class);
    public static final EntityProperty<SchoolClass> SCHOOL_CLASS = PropertyFactory.createEntity("schoolClass", SchoolClass.class);
    public static final EntityProperty<Subject> SUBJECT = PropertyFactory.createEntity("subject", Subject.class);
    public static final EntityProperty<Staff> TEACHER = PropertyFactory.createEntity("teacher", Staff.class);
    public static final ListProperty<TimetableSlot> TIMETABLE_SLOTS = PropertyFactory.createList("timetableSlots", TimetableSlot.class);
    public static final ListProperty<Lesson> LESSONS = PropertyFactory.createList("lessons", Lesson.class);
    public static final ListProperty<FinalMark> FINAL_MARKS = PropertyFactory.createList("finalMarks", FinalMark.class);
    public static final EntityProperty<Subgroup> SUBGROUP = PropertyFactory.createEntity("subgroup", Subgroup.class);

    protected BigDecimal hoursPerWeek;
    protected Object school;
    protected Object academicYear;
    protected Object schoolClass;
    protected Object subject;
    protected Object teacher;
    protected Object timetableSlots;
    protected Object lessons;
    protected Object finalMarks;
    protected Object subgroup;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        beforePropertyWrite("hoursPerWeek", this.hoursPerWeek, hoursPerWeek);
        this.hoursPerWeek = hoursPerWeek;
    }

    public BigDecimal getHoursPerWeek() {
        beforePropertyRead("hoursPerWeek");
        return this.hoursPerWeek;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setAcademicYear(AcademicYear academicYear) {
        setToOneTarget("academicYear", academicYear, true);
    }

    public AcademicYear getAcademicYear() {
        return (AcademicYear) readProperty("academicYear");
    }

    public void setSchoolClass(SchoolClass schoolClass) {
        setToOneTarget("schoolClass", schoolClass, true);
    }

    public SchoolClass getSchoolClass() {
        return (SchoolClass) readProperty("schoolClass");
    }

    public void setSubject(Subject subject) {
        setToOneTarget("subject", subject, true);
    }

    public Subject getSubject() {
        return (Subject) readProperty("subject");
    }

    public void setTeacher(Staff teacher) {
        setToOneTarget("teacher", teacher, true);
    }

    public Staff getTeacher() {
        return (Staff) readProperty("teacher");
    }

    public void addToTimetableSlots(TimetableSlot obj) {
        addToManyTarget("timetableSlots", obj, true);
    }

    public void removeFromTimetableSlots(TimetableSlot obj) {
        removeToManyTarget("timetableSlots", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<TimetableSlot> getTimetableSlots() {
        return (List<TimetableSlot>) readProperty("timetableSlots");
    }

    public void addToLessons(Lesson obj) {
        addToManyTarget("lessons", obj, true);
    }

    public void removeFromLessons(Lesson obj) {
        removeToManyTarget("lessons", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Lesson> getLessons() {
        return (List<Lesson>) readProperty("lessons");
    }

    public void addToFinalMarks(FinalMark obj) {
        addToManyTarget("finalMarks", obj, true);
    }

    public void removeFromFinalMarks(FinalMark obj) {
        removeToManyTarget("finalMarks", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<FinalMark> getFinalMarks() {
        return (List<FinalMark>) readProperty("finalMarks");
    }

    public void setSubgroup(Subgroup subgroup) {
        setToOneTarget("subgroup", subgroup, true);
    }

    public Subgroup getSubgroup() {
        return (Subgroup) readProperty("subgroup");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (hoursPerWeek == null) {
            setHoursPerWeek(new java.math.BigDecimal("1"));
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "hoursPerWeek":
                return this.hoursPerWeek;
            case "school":
                return this.school;
            case "academicYear":
                return this.academicYear;
            case "schoolClass":
                return this.schoolClass;
            case "subject":
                return this.subject;
            case "teacher":
                return this.teacher;
            case "timetableSlots":
                return this.timetableSlots;
            case "lessons":
                return this.lessons;
            case "finalMarks":
                return this.finalMarks;
            case "subgroup":
                return this.subgroup;
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
            case "hoursPerWeek":
                this.hoursPerWeek = (BigDecimal) val;
                break;
            case "school":
                this.school = val;
                break;
            case "academicYear":
                this.academicYear = val;
                break;
            case "schoolClass":
                this.schoolClass = val;
                break;
            case "subject":
                this.subject = val;
                break;
            case "teacher":
                this.teacher = val;
                break;
            case "timetableSlots":
                this.timetableSlots = val;
                break;
            case "lessons":
                this.lessons = val;
                break;
            case "finalMarks":
                this.finalMarks = val;
                break;
            case "subgroup":
                this.subgroup = val;
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
        out.writeObject(this.hoursPerWeek);
        out.writeObject(this.school);
        out.writeObject(this.academicYear);
        out.writeObject(this.schoolClass);
        out.writeObject(this.subject);
        out.writeObject(this.teacher);
        out.writeObject(this.timetableSlots);
        out.writeObject(this.lessons);
        out.writeObject(this.finalMarks);
        out.writeObject(this.subgroup);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.hoursPerWeek = (BigDecimal) in.readObject();
        this.school = in.readObject();
        this.academicYear = in.readObject();
        this.schoolClass = in.readObject();
        this.subject = in.readObject();
        this.teacher = in.readObject();
        this.timetableSlots = in.readObject();
        this.lessons = in.readObject();
        this.finalMarks = in.readObject();
        this.subgroup = in.readObject();
    }
}

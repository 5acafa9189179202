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
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.School;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.TimetableSlot;

/**
 * Persistent state of {@link org.ejournal.store.model.SchoolClass} (table {@code school_class}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _SchoolClass extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "SchoolClass", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final NumericProperty<Integer> GRADE = PropertyFactory.createNumeric("grade", Integer.class);
    public static final StringProperty<String> LETTER = PropertyFactory.createString("letter", String.class);
    public static final StringProperty<String> PERIOD_SCHEME = PropertyFactory.createString("periodScheme", String.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<AcademicYear> ACADEMIC_YEAR = PropertyFactory.createEntity("academicYear", AcademicYear.class);
    public static final EntityProperty<Staff> CLASS_TEACHER = PropertyFactory.createEntity("classTeacher", Staff.class);
    public static final ListProperty<Enrollment> ENROLLMENTS = PropertyFactory.createList("enrollments", Enrollment.class);
    public static final ListProperty<TeachingAssignment> ASSIGNMENTS = PropertyFactory.createList("assignments", TeachingAssignment.class);
    public static final ListProperty<TimetableSlot> TIMETABLE_SLOTS = PropertyFactory.createList("timetableSlots", TimetableSlot.class);

    protected Integer grade;
    protected String letter;
    protected String periodScheme;
    protected Object school;
    protected Object academicYear;
    protected Object classTeacher;
    protected Object enrollments;
    protected Object assignments;
    protected Object timetableSlots;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setGrade(Integer grade) {
        beforePropertyWrite("grade", this.grade, grade);
        this.grade = grade;
    }

    public Integer getGrade() {
        beforePropertyRead("grade");
        return this.grade;
    }

    public void setLetter(String letter) {
        beforePropertyWrite("letter", this.letter, letter);
        this.letter = letter;
    }

    public String getLetter() {
        beforePropertyRead("letter");
        return this.letter;
    }

    public void setPeriodScheme(String periodScheme) {
        beforePropertyWrite("periodScheme", this.periodScheme, periodScheme);
        this.periodScheme = periodScheme;
    }

    public String getPeriodScheme() {
        beforePropertyRead("periodScheme");
        return this.periodScheme;
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

    public void setClassTeacher(Staff classTeacher) {
        setToOneTarget("classTeacher", classTeacher, true);
    }

    public Staff getClassTeacher() {
        return (Staff) readProperty("classTeacher");
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

    public void addToAssignments(TeachingAssignment obj) {
        addToManyTarget("assignments", obj, true);
    }

    public void removeFromAssignments(TeachingAssignment obj) {
        removeToManyTarget("assignments", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<TeachingAssignment> getAssignments() {
        return (List<TeachingAssignment>) readProperty("assignments");
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

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (periodScheme == null) {
            setPeriodScheme("QUARTERS");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "grade":
                return this.grade;
            case "letter":
                return this.letter;
            case "periodScheme":
                return this.periodScheme;
            case "school":
                return this.school;
            case "academicYear":
                return this.academicYear;
            case "classTeacher":
                return this.classTeacher;
            case "enrollments":
                return this.enrollments;
            case "assignments":
                return this.assignments;
            case "timetableSlots":
                return this.timetableSlots;
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
            case "grade":
                this.grade = (Integer) val;
                break;
            case "letter":
                this.letter = (String) val;
                break;
            case "periodScheme":
                this.periodScheme = (String) val;
                break;
            case "school":
                this.school = val;
                break;
            case "academicYear":
                this.academicYear = val;
                break;
            case "classTeacher":
                this.classTeacher = val;
                break;
            case "enrollments":
                this.enrollments = val;
                break;
            case "assignments":
                this.assignments = val;
                break;
            case "timetableSlots":
                this.timetableSlots = val;
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
        out.writeObject(this.grade);
        out.writeObject(this.letter);
        out.writeObject(this.periodScheme);
        out.writeObject(this.school);
        out.writeObject(this.academicYear);
        out.writeObject(this.classTeacher);
        out.writeObject(this.enrollments);
        out.writeObject(this.assignments);
        out.writeObject(this.timetableSlots);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.grade = (Integer) in.readObject();
        this.letter = (String) in.readObject();
        this.periodScheme = (String) in.readObject();
        this.school = in.readObject();
        this.academicYear = in.readObject();
        this.classTeacher = in.readObject();
        this.enrollments = in.readObject();
        this.assignments = in.readObject();
        this.timetableSlots = in.readObject();
    }
}

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
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.StudyPeriod;

/**
 * Persistent state of {@link org.ejournal.store.model.AcademicYear} (table {@code academic_year}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _AcademicYear extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "AcademicYear", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> NAME = PropertyFactory.createString("name", String.class);
    public static final DateProperty<LocalDate> START_DATE = PropertyFactory.createDate("startDate", LocalDate.class);
    public static final DateProperty<LocalDate> END_DATE = PropertyFactory.createDate("endDate", LocalDate.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final ListProperty<StudyPeriod> STUDY_PERIODS = PropertyFactory.createList("studyPeriods", StudyPeriod.class);
    public static final ListProperty<SchoolClass> SCHOOL_CLASSES = PropertyFactory.createList("schoolClasses", SchoolClass.class);

    protected String name;
    protected LocalDate startDate;
    protected LocalDate endDate;
    protected Object school;
    protected Object studyPeriods;
    protected Object schoolClasses;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setName(String name) {
        beforePropertyWrite("name", this.name, name);
        this.name = name;
    }

    public String getName() {
        beforePropertyRead("name");
        return this.name;
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

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void addToStudyPeriods(StudyPeriod obj) {
        addToManyTarget("studyPeriods", obj, true);
    }

    public void removeFromStudyPeriods(StudyPeriod obj) {
        removeToManyTarget("studyPeriods", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<StudyPeriod> getStudyPeriods() {
        return (List<StudyPeriod>) readProperty("studyPeriods");
    }

    public void addToSchoolClasses(SchoolClass obj) {
        addToManyTarget("schoolClasses", obj, true);
    }

    public void removeFromSchoolClasses(SchoolClass obj) {
        removeToManyTarget("schoolClasses", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<SchoolClass> getSchoolClasses() {
        return (List<SchoolClass>) readProperty("schoolClasses");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "name":
                return this.name;
            case "startDate":
                return this.startDate;
            case "endDate":
                return this.endDate;
            case "school":
                return this.school;
            case "studyPeriods":
                return this.studyPeriods;
            case "schoolClasses":
                return this.schoolClasses;
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
            case "name":
                this.name = (String) val;
                break;
            case "startDate":
                this.startDate = (LocalDate) val;
                break;
            case "endDate":
                this.endDate = (LocalDate) val;
                break;
            case "school":
                this.school = val;
                break;
            case "studyPeriods":
                this.studyPeriods = val;
                break;
            case "schoolClasses":
                this.schoolClasses = val;
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
        out.writeObject(this.name);
        out.writeObject(this.startDate);
        out.writeObject(this.endDate);
        out.writeObject(this.school);
        out.writeObject(this.studyPeriods);
        out.writeObject(this.schoolClasses);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.name = (String) in.readObject();
        this.startDate = (LocalDate) in.readObject();
        this.endDate = (LocalDate) in.readObject();
        this.school = in.readObject();
        this.studyPeriods = in.readObject();
        this.schoolClasses = in.readObject();
    }
}

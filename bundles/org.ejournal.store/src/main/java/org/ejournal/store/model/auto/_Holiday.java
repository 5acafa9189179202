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
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.Holiday} (table {@code holiday}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _Holiday extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Holiday", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> KIND = PropertyFactory.createString("kind", String.class);
    public static final StringProperty<String> NAME = PropertyFactory.createString("name", String.class);
    public static final DateProperty<LocalDate> START_DATE = PropertyFactory.createDate("startDate", LocalDate.class);
    public static final DateProperty<LocalDate> END_DATE = PropertyFactory.createDate("endDate", LocalDate.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<AcademicYear> ACADEMIC_YEAR = PropertyFactory.createEntity("academicYear", AcademicYear.class);

    protected String kind;
    protected String name;
    protected LocalDate startDate;
    protected LocalDate endDate;
    protected Object school;
    protected Object academicYear;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setKind(String kind) {
        beforePropertyWrite("kind", this.kind, kind);
        this.kind = kind;
    }

    public String getKind() {
        beforePropertyRead("kind");
        return this.kind;
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

    public void setAcademicYear(AcademicYear academicYear) {
        setToOneTarget("academicYear", academicYear, true);
    }

    public AcademicYear getAcademicYear() {
        return (AcademicYear) readProperty("academicYear");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (kind == null) {
            setKind("VACATION");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "kind":
                return this.kind;
            case "name":
                return this.name;
            case "startDate":
                return this.startDate;
            case "endDate":
                return this.endDate;
            case "school":
                return this.school;
            case "academicYear":
                return this.academicYear;
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
            case "kind":
                this.kind = (String) val;
                break;
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
            case "academicYear":
                this.academicYear = val;
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
        out.writeObject(this.kind);
        out.writeObject(this.name);
        out.writeObject(this.startDate);
        out.writeObject(this.endDate);
        out.writeObject(this.school);
        out.writeObject(this.academicYear);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.kind = (String) in.readObject();
        this.name = (String) in.readObject();
        this.startDate = (LocalDate) in.readObject();
        this.endDate = (LocalDate) in.readObject();
        this.school = in.readObject();
        this.academicYear = in.readObject();
    }
}

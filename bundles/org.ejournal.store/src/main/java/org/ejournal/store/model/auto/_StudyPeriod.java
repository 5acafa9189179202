package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.StudyPeriod} (table {@code study_period}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _StudyPeriod extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "StudyPeriod", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> SCHEME = PropertyFactory.createString("scheme", String.class);
    public static final NumericProperty<Integer> ORDINAL = PropertyFactory.createNumeric("ordinal", Integer.class);
    public static final StringProperty<String> NAME = PropertyFactory.createString("name", String.class);
    public static final DateProperty<LocalDate> START_DATE = PropertyFactory.createDate("startDate", LocalDate.class);
    public static final DateProperty<LocalDate> END_DATE = PropertyFactory.createDate("endDate", LocalDate.class);
    public static final DateProperty<LocalDate> FINAL_MARK_DEADLINE = PropertyFactory.createDate("finalMarkDeadline", LocalDate.class);
    public static final DateProperty<LocalDateTime> LOCKED_AT = PropertyFactory.createDate("lockedAt", LocalDateTime.class);
    public static final NumericProperty<Long> LOCKED_BY = PropertyFactory.createNumeric("lockedBy", Long.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<AcademicYear> ACADEMIC_YEAR = PropertyFactory.createEntity("academicYear", AcademicYear.class);

    protected String scheme;
    protected Integer ordinal;
    protected String name;
    protected LocalDate startDate;
    protected LocalDate endDate;
    protected LocalDate finalMarkDeadline;
    protected LocalDateTime lockedAt;
    protected Long lockedBy;
    protected Object school;
    protected Object academicYear;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setScheme(String scheme) {
        beforePropertyWrite("scheme", this.scheme, scheme);
        this.scheme = scheme;
    }

    public String getScheme() {
        beforePropertyRead("scheme");
        return this.scheme;
    }

    public void setOrdinal(Integer ordinal) {
        beforePropertyWrite("ordinal", this.ordinal, ordinal);
        this.ordinal = ordinal;
    }

    public Integer getOrdinal() {
        beforePropertyRead("ordinal");
        return this.ordinal;
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

    public void setFinalMarkDeadline(LocalDate finalMarkDeadline) {
        beforePropertyWrite("finalMarkDeadline", this.finalMarkDeadline, finalMarkDeadline);
        this.finalMarkDeadline = finalMarkDeadline;
    }

    public LocalDate getFinalMarkDeadline() {
        beforePropertyRead("finalMarkDeadline");
        return this.finalMarkDeadline;
    }

    public void setLockedAt(LocalDateTime lockedAt) {
        beforePropertyWrite("lockedAt", this.lockedAt, lockedAt);
        this.lockedAt = lockedAt;
    }

    public LocalDateTime getLockedAt() {
        beforePropertyRead("lockedAt");
        return this.lockedAt;
    }

    public void setLockedBy(Long lockedBy) {
        beforePropertyWrite("lockedBy", this.lockedBy, lockedBy);
        this.lockedBy = lockedBy;
    }

    public Long getLockedBy() {
        beforePropertyRead("lockedBy");
        return this.lockedBy;
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
        if (scheme == null) {
            setScheme("QUARTERS");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "scheme":
                return this.scheme;
            case "ordinal":
                return this.ordinal;
            case "name":
                return this.name;
            case "startDate":
                return this.startDate;
            case "endDate":
                return this.endDate;
            case "finalMarkDeadline":
                return this.finalMarkDeadline;
            case "lockedAt":
                return this.lockedAt;
            case "lockedBy":
                return this.lockedBy;
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
            case "scheme":
                this.scheme = (String) val;
                break;
            case "ordinal":
                this.ordinal = (Integer) val;
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
            case "finalMarkDeadline":
                this.finalMarkDeadline = (LocalDate) val;
                break;
            case "lockedAt":
                this.lockedAt = (LocalDateTime) val;
                break;
            case "lockedBy":
                this.lockedBy = (Long) val;
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
        out.writeObject(this.scheme);
        out.writeObject(this.ordinal);
        out.writeObject(this.name);
        out.writeObject(this.startDate);
        out.writeObject(this.endDate);
        out.writeObject(this.finalMarkDeadline);
        out.writeObject(this.lockedAt);
        out.writeObject(this.lockedBy);
        out.writeObject(this.school);
        out.writeObject(this.academicYear);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.scheme = (String) in.readObject();
        this.ordinal = (Integer) in.readObject();
        this.name = (String) in.readObject();
        this.startDate = (LocalDate) in.readObject();
        this.endDate = (LocalDate) in.readObject();
        this.finalMarkDeadline = (LocalDate) in.readObject();
        this.lockedAt = (LocalDateTime) in.readObject();
        this.lockedBy = (Long) in.readObject();
        this.school = in.readObject();
        this.academicYear = in.readObject();
    }
}

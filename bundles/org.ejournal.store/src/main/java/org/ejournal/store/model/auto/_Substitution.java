package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
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
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.TeachingAssignment;

/**
 * Persistent state of {@link org.ejournal.store.model.Substitution} (table {@code substitution}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _Substitution extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Substitution", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final DateProperty<LocalDate> START_DATE = PropertyFactory.createDate("startDate", LocalDate.class);
    public static final DateProperty<LocalDate> END_DATE = PropertyFactory.createDate("endDate", LocalDate.class);
    public static final StringProperty<String> REASON = PropertyFactory.createString("reason", String.class);
    public static final NumericProperty<Long> CREATED_BY = PropertyFactory.createNumeric("createdBy", Long.class);
    public static final DateProperty<LocalDateTime> CREATED_AT = PropertyFactory.createDate("createdAt", LocalDateTime.class);
    public static final DateProperty<LocalDateTime> CANCELLED_AT = PropertyFactory.createDate("cancelledAt", LocalDateTime.class);
    public static final NumericProperty<Long> CANCELLED_BY = PropertyFactory.createNumeric("cancelledBy", Long.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<TeachingAssignment> ASSIGNMENT = PropertyFactory.createEntity("assignment", TeachingAssignment.class);
    public static final EntityProperty<Staff> SUBSTITUTE = PropertyFactory.createEntity("substitute", Staff.class);

    protected LocalDate startDate;
    protected LocalDate endDate;
    protected String reason;
    protected Long createdBy;
    protected LocalDateTime createdAt;
    protected LocalDateTime cancelledAt;
    protected Long cancelledBy;
    protected Object school;
    protected Object assignment;
    protected Object substitute;

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

    public void setReason(String reason) {
        beforePropertyWrite("reason", this.reason, reason);
        this.reason = reason;
    }

    public String getReason() {
        beforePropertyRead("reason");
        return this.reason;
    }

    public void setCreatedBy(Long createdBy) {
        beforePropertyWrite("createdBy", this.createdBy, createdBy);
        this.createdBy = createdBy;
    }

    public Long getCreatedBy() {
        beforePropertyRead("createdBy");
        return this.createdBy;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        beforePropertyWrite("createdAt", this.createdAt, createdAt);
        this.createdAt = createdAt;
    }

    public LocalDateTime getCreatedAt() {
        beforePropertyRead("createdAt");
        return this.createdAt;
    }

    public void setCancelledAt(LocalDateTime cancelledAt) {
        beforePropertyWrite("cancelledAt", this.cancelledAt, cancelledAt);
        this.cancelledAt = cancelledAt;
    }

    public LocalDateTime getCancelledAt() {
        beforePropertyRead("cancelledAt");
        return this.cancelledAt;
    }

    public void setCancelledBy(Long cancelledBy) {
        beforePropertyWrite("cancelledBy", this.cancelledBy, cancelledBy);
        this.cancelledBy = cancelledBy;
    }

    public Long getCancelledBy() {
        beforePropertyRead("cancelledBy");
        return this.cancelledBy;
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

    public void setSubstitute(Staff substitute) {
        setToOneTarget("substitute", substitute, true);
    }

    public Staff getSubstitute() {
        return (Staff) readProperty("substitute");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (reason == null) {
            setReason("");
        }
        if (createdAt == null) {
            setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
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
            case "reason":
                return this.reason;
            case "createdBy":
                return this.createdBy;
            case "createdAt":
                return this.createdAt;
            case "cancelledAt":
                return this.cancelledAt;
            case "cancelledBy":
                return this.cancelledBy;
            case "school":
                return this.school;
            case "assignment":
                return this.assignment;
            case "substitute":
                return this.substitute;
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
            case "reason":
                this.reason = (String) val;
                break;
            case "createdBy":
                this.createdBy = (Long) val;
                break;
            case "createdAt":
                this.createdAt = (LocalDateTime) val;
                break;
            case "cancelledAt":
                this.cancelledAt = (LocalDateTime) val;
                break;
            case "cancelledBy":
                this.cancelledBy = (Long) val;
                break;
            case "school":
                this.school = val;
                break;
            case "assignment":
                this.assignment = val;
                break;
            case "substitute":
                this.substitute = val;
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
        out.writeObject(this.reason);
        out.writeObject(this.createdBy);
        out.writeObject(this.createdAt);
        out.writeObject(this.cancelledAt);
        out.writeObject(this.cancelledBy);
        out.writeObject(this.school);
        out.writeObject(this.assignment);
        out.writeObject(this.substitute);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.startDate = (LocalDate) in.readObject();
        this.endDate = (LocalDate) in.readObject();
        this.reason = (String) in.readObject();
        this.createdBy = (Long) in.readObject();
        this.createdAt = (LocalDateTime) in.readObject();
        this.cancelledAt = (LocalDateTime) in.readObject();
        this.cancelledBy = (Long) in.readObject();
        this.school = in.readObject();
        this.assignment = in.readObject();
        this.substitute = in.readObject();
    }
}

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
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.PromotionRun} (table {@code promotion_run}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V7__movement_promotion.sql; behaviour belongs in the subclass.
 */
public abstract class _PromotionRun extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "PromotionRun", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final DateProperty<LocalDateTime> RUN_AT = PropertyFactory.createDate("runAt", LocalDateTime.class);
    public static final NumericProperty<Long> RUN_BY = PropertyFactory.createNumeric("runBy", Long.class);
    public static final StringProperty<String> SUMMARY = PropertyFactory.createString("summary", String.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<AcademicYear> FROM_YEAR = PropertyFactory.createEntity("fromYear", AcademicYear.class);
    public static final EntityProperty<AcademicYear> TO_YEAR = PropertyFactory.createEntity("toYear", AcademicYear.class);

    protected LocalDateTime runAt;
    protected Long runBy;
    protected String summary;
    protected Object school;
    protected Object fromYear;
    protected Object toYear;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setRunAt(LocalDateTime runAt) {
        beforePropertyWrite("runAt", this.runAt, runAt);
        this.runAt = runAt;
    }

    public LocalDateTime getRunAt() {
        beforePropertyRead("runAt");
        return this.runAt;
    }

    public void setRunBy(Long runBy) {
        beforePropertyWrite("runBy", this.runBy, runBy);
        this.runBy = runBy;
    }

    public Long getRunBy() {
        beforePropertyRead("runBy");
        return this.runBy;
    }

    public void setSummary(String summary) {
        beforePropertyWrite("summary", this.summary, summary);
        this.summary = summary;
    }

    public String getSummary() {
        beforePropertyRead("summary");
        return this.summary;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setFromYear(AcademicYear fromYear) {
        setToOneTarget("fromYear", fromYear, true);
    }

    public AcademicYear getFromYear() {
        return (AcademicYear) readProperty("fromYear");
    }

    public void setToYear(AcademicYear toYear) {
        setToOneTarget("toYear", toYear, true);
    }

    public AcademicYear getToYear() {
        return (AcademicYear) readProperty("toYear");
    }

    /** The column defaults of V7, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (runAt == null) {
            setRunAt(LocalDateTime.now(ZoneOffset.UTC));
        }
        if (summary == null) {
            setSummary("");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "runAt":
                return this.runAt;
            case "runBy":
                return this.runBy;
            case "summary":
                return this.summary;
            case "school":
                return this.school;
            case "fromYear":
                return this.fromYear;
            case "toYear":
                return this.toYear;
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
            case "runAt":
                this.runAt = (LocalDateTime) val;
                break;
            case "runBy":
                this.runBy = (Long) val;
                break;
            case "summary":
                this.summary = (String) val;
                break;
            case "school":
                this.school = val;
                break;
            case "fromYear":
                this.fromYear = val;
                break;
            case "toYear":
                this.toYear = val;
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
        out.writeObject(this.runAt);
        out.writeObject(this.runBy);
        out.writeObject(this.summary);
        out.writeObject(this.school);
        out.writeObject(this.fromYear);
        out.writeObject(this.toYear);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.runAt = (LocalDateTime) in.readObject();
        this.runBy = (Long) in.readObject();
        this.summary = (String) in.readObject();
        this.school = in.readObject();
        this.fromYear = in.readObject();
        this.toYear = in.readObject();
    }
}

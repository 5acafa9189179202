package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.Subject} (table {@code subject}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _Subject extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Subject", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> NAME = PropertyFactory.createString("name", String.class);
    public static final StringProperty<String> SHORT_NAME = PropertyFactory.createString("shortName", String.class);
    public static final NumericProperty<Integer> SORT_ORDER = PropertyFactory.createNumeric("sortOrder", Integer.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);

    protected String name;
    protected String shortName;
    protected Integer sortOrder;
    protected Object school;

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

    public void setShortName(String shortName) {
        beforePropertyWrite("shortName", this.shortName, shortName);
        this.shortName = shortName;
    }

    public String getShortName() {
        beforePropertyRead("shortName");
        return this.shortName;
    }

    public void setSortOrder(Integer sortOrder) {
        beforePropertyWrite("sortOrder", this.sortOrder, sortOrder);
        this.sortOrder = sortOrder;
    }

    public Integer getSortOrder() {
        beforePropertyRead("sortOrder");
        return this.sortOrder;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (sortOrder == null) {
            setSortOrder(0);
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "name":
                return this.name;
            case "shortName":
                return this.shortName;
            case "sortOrder":
                return this.sortOrder;
            case "school":
                return this.school;
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
            case "shortName":
                this.shortName = (String) val;
                break;
            case "sortOrder":
                this.sortOrder = (Integer) val;
                break;
            case "school":
                this.school = val;
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
        out.writeObject(this.shortName);
        out.writeObject(this.sortOrder);
        out.writeObject(this.school);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.name = (String) in.readObject();
        this.shortName = (String) in.readObject();
        this.sortOrder = (Integer) in.readObject();
        this.school = in.readObject();
    }
}

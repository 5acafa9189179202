package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.BaseProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.WorkType} (table {@code work_type}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _WorkType extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "WorkType", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> CODE = PropertyFactory.createString("code", String.class);
    public static final StringProperty<String> NAME = PropertyFactory.createString("name", String.class);
    public static final NumericProperty<Integer> WEIGHT = PropertyFactory.createNumeric("weight", Integer.class);
    public static final NumericProperty<Integer> SORT_ORDER = PropertyFactory.createNumeric("sortOrder", Integer.class);
    public static final BaseProperty<Boolean> ACTIVE = PropertyFactory.createBase("active", Boolean.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);

    protected String code;
    protected String name;
    protected Integer weight;
    protected Integer sortOrder;
    protected Boolean active;
    protected Object school;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setCode(String code) {
        beforePropertyWrite("code", this.code, code);
        this.code = code;
    }

    public String getCode() {
        beforePropertyRead("code");
        return this.code;
    }

    public void setName(String name) {
        beforePropertyWrite("name", this.name, name);
        this.name = name;
    }

    public String getName() {
        beforePropertyRead("name");
        return this.name;
    }

    public void setWeight(Integer weight) {
        beforePropertyWrite("weight", this.weight, weight);
        this.weight = weight;
    }

    public Integer getWeight() {
        beforePropertyRead("weight");
        return this.weight;
    }

    public void setSortOrder(Integer sortOrder) {
        beforePropertyWrite("sortOrder", this.sortOrder, sortOrder);
        this.sortOrder = sortOrder;
    }

    public Integer getSortOrder() {
        beforePropertyRead("sortOrder");
        return this.sortOrder;
    }

    public void setActive(Boolean active) {
        beforePropertyWrite("active", this.active, active);
        this.active = active;
    }

    public Boolean getActive() {
        beforePropertyRead("active");
        return this.active;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (weight == null) {
            setWeight(1);
        }
        if (sortOrder == null) {
            setSortOrder(0);
        }
        if (active == null) {
            setActive(Boolean.TRUE);
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "code":
                return this.code;
            case "name":
                return this.name;
            case "weight":
                return this.weight;
            case "sortOrder":
                return this.sortOrder;
            case "active":
                return this.active;
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
            case "code":
                this.code = (String) val;
                break;
            case "name":
                this.name = (String) val;
                break;
            case "weight":
                this.weight = (Integer) val;
                break;
            case "sortOrder":
                this.sortOrder = (Integer) val;
                break;
            case "active":
                this.active = (Boolean) val;
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
        out.writeObject(this.code);
        out.writeObject(this.name);
        out.writeObject(this.weight);
        out.writeObject(this.sortOrder);
        out.writeObject(this.active);
        out.writeObject(this.school);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.code = (String) in.readObject();
        this.name = (String) in.readObject();
        this.weight = (Integer) in.readObject();
        this.sortOrder = (Integer) in.readObject();
        this.active = (Boolean) in.readObject();
        this.school = in.readObject();
    }
}

package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.BaseProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.SubgroupMember;
import org.ejournal.store.model.Subject;

/**
 * Persistent state of {@link org.ejournal.store.model.Subgroup} (table {@code subgroup}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _Subgroup extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Subgroup", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> NAME = PropertyFactory.createString("name", String.class);
    public static final BaseProperty<Boolean> ACTIVE = PropertyFactory.createBase("active", Boolean.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<SchoolClass> SCHOOL_CLASS = PropertyFactory.createEntity("schoolClass", SchoolClass.class);
    public static final EntityProperty<Subject> SUBJECT = PropertyFactory.createEntity("subject", Subject.class);
    public static final ListProperty<SubgroupMember> MEMBERS = PropertyFactory.createList("members", SubgroupMember.class);

    protected String name;
    protected Boolean active;
    protected Object school;
    protected Object schoolClass;
    protected Object subject;
    protected Object members;

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

    public void addToMembers(SubgroupMember obj) {
        addToManyTarget("members", obj, true);
    }

    public void removeFromMembers(SubgroupMember obj) {
        removeToManyTarget("members", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<SubgroupMember> getMembers() {
        return (List<SubgroupMember>) readProperty("members");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
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
            case "name":
                return this.name;
            case "active":
                return this.active;
            case "school":
                return this.school;
            case "schoolClass":
                return this.schoolClass;
            case "subject":
                return this.subject;
            case "members":
                return this.members;
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
            case "active":
                this.active = (Boolean) val;
                break;
            case "school":
                this.school = val;
                break;
            case "schoolClass":
                this.schoolClass = val;
                break;
            case "subject":
                this.subject = val;
                break;
            case "members":
                this.members = val;
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
        out.writeObject(this.active);
        out.writeObject(this.school);
        out.writeObject(this.schoolClass);
        out.writeObject(this.subject);
        out.writeObject(this.members);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.name = (String) in.readObject();
        this.active = (Boolean) in.readObject();
        this.school = in.readObject();
        this.schoolClass = in.readObject();
        this.subject = in.readObject();
        this.members = in.readObject();
    }
}

package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.ejournal.store.model.School;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.Subgroup;

/**
 * Persistent state of {@link org.ejournal.store.model.SubgroupMember} (table {@code subgroup_member}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _SubgroupMember extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "SubgroupMember", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Subgroup> SUBGROUP = PropertyFactory.createEntity("subgroup", Subgroup.class);
    public static final EntityProperty<Student> STUDENT = PropertyFactory.createEntity("student", Student.class);

    protected Object school;
    protected Object subgroup;
    protected Object student;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setSubgroup(Subgroup subgroup) {
        setToOneTarget("subgroup", subgroup, true);
    }

    public Subgroup getSubgroup() {
        return (Subgroup) readProperty("subgroup");
    }

    public void setStudent(Student student) {
        setToOneTarget("student", student, true);
    }

    public Student getStudent() {
        return (Student) readProperty("student");
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "school":
                return this.school;
            case "subgroup":
                return this.subgroup;
            case "student":
                return this.student;
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
            case "school":
                this.school = val;
                break;
            case "subgroup":
                this.subgroup = val;
                break;
            case "student":
                this.student = val;
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
        out.writeObject(this.school);
        out.writeObject(this.subgroup);
        out.writeObject(this.student);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.school = in.readObject();
        this.subgroup = in.readObject();
        this.student = in.readObject();
    }
}

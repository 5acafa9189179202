package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.School;
import org.ejournal.store.model.Student;

/**
 * Persistent state of {@link org.ejournal.store.model.StudentParent} (table {@code student_parent}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _StudentParent extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "StudentParent", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> RELATION = PropertyFactory.createString("relation", String.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Student> STUDENT = PropertyFactory.createEntity("student", Student.class);
    public static final EntityProperty<Parent> PARENT = PropertyFactory.createEntity("parent", Parent.class);

    protected String relation;
    protected Object school;
    protected Object student;
    protected Object parent;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setRelation(String relation) {
        beforePropertyWrite("relation", this.relation, relation);
        this.relation = relation;
    }

    public String getRelation() {
        beforePropertyRead("relation");
        return this.relation;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setStudent(Student student) {
        setToOneTarget("student", student, true);
    }

    public Student getStudent() {
        return (Student) readProperty("student");
    }

    public void setParent(Parent parent) {
        setToOneTarget("parent", parent, true);
    }

    public Parent getParent() {
        return (Parent) readProperty("parent");
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
            case "relation":
                return this.relation;
            case "school":
                return this.school;
            case "student":
                return this.student;
            case "parent":
                return this.parent;
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
            case "relation":
                this.relation = (String) val;
                break;
            case "school":
                this.school = val;
                break;
            case "student":
                this.student = val;
                break;
            case "parent":
                this.parent = val;
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
        out.writeObject(this.relation);
        out.writeObject(this.school);
        out.writeObject(this.student);
        out.writeObject(this.parent);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.relation = (String) in.readObject();
        this.school = in.readObject();
        this.student = in.readObject();
        this.parent = in.readObject();
    }
}

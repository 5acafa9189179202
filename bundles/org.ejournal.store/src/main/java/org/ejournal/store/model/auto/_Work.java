package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.Mark;
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.Work} (table {@code work}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _Work extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "Work", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> WORK_TYPE = PropertyFactory.createString("workType", String.class);
    public static final NumericProperty<Integer> WEIGHT = PropertyFactory.createNumeric("weight", Integer.class);
    public static final StringProperty<String> TITLE = PropertyFactory.createString("title", String.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Lesson> LESSON = PropertyFactory.createEntity("lesson", Lesson.class);
    public static final ListProperty<Mark> MARKS = PropertyFactory.createList("marks", Mark.class);

    protected String workType;
    protected Integer weight;
    protected String title;
    protected Object school;
    protected Object lesson;
    protected Object marks;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setWorkType(String workType) {
        beforePropertyWrite("workType", this.workType, workType);
        this.workType = workType;
    }

    public String getWorkType() {
        beforePropertyRead("workType");
        return this.workType;
    }

    public void setWeight(Integer weight) {
        beforePropertyWrite("weight", this.weight, weight);
        this.weight = weight;
    }

    public Integer getWeight() {
        beforePropertyRead("weight");
        return this.weight;
    }

    public void setTitle(String title) {
        beforePropertyWrite("title", this.title, title);
        this.title = title;
    }

    public String getTitle() {
        beforePropertyRead("title");
        return this.title;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    public void setLesson(Lesson lesson) {
        setToOneTarget("lesson", lesson, true);
    }

    public Lesson getLesson() {
        return (Lesson) readProperty("lesson");
    }

    public void addToMarks(Mark obj) {
        addToManyTarget("marks", obj, true);
    }

    public void removeFromMarks(Mark obj) {
        removeToManyTarget("marks", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Mark> getMarks() {
        return (List<Mark>) readProperty("marks");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (weight == null) {
            setWeight(1);
        }
        if (title == null) {
            setTitle("");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }

        switch (propName) {
            case "workType":
                return this.workType;
            case "weight":
                return this.weight;
            case "title":
                return this.title;
            case "school":
                return this.school;
            case "lesson":
                return this.lesson;
            case "marks":
                return this.marks;
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
            case "workType":
                this.workType = (String) val;
                break;
            case "weight":
                this.weight = (Integer) val;
                break;
            case "title":
                this.title = (String) val;
                break;
            case "school":
                this.school = val;
                break;
            case "lesson":
                this.lesson = val;
                break;
            case "marks":
                this.marks = val;
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
        out.writeObject(this.workType);
        out.writeObject(this.weight);
        out.writeObject(this.title);
        out.writeObject(this.school);
        out.writeObject(this.lesson);
        out.writeObject(this.marks);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.workType = (String) in.readObject();
        this.weight = (Integer) in.readObject();
        this.title = (String) in.readObject();
        this.school = in.readObject();
        this.lesson = in.readObject();
        this.marks = in.readObject();
    }
}

package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.ListProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.Subject;

/**
 * Persistent state of {@link org.ejournal.store.model.School} (table {@code school}), laid out like a Cayenne generated superclass.
 * Kept by hand in step with {@code ejournal.map.xml} and V1__core.sql; behaviour belongs in the subclass.
 */
public abstract class _School extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "School", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> NAME = PropertyFactory.createString("name", String.class);
    public static final StringProperty<String> SHORT_NAME = PropertyFactory.createString("shortName", String.class);
    public static final StringProperty<String> CITY = PropertyFactory.createString("city", String.class);
    public static final DateProperty<LocalDateTime> CREATED_AT = PropertyFactory.createDate("createdAt", LocalDateTime.class);
    public static final ListProperty<AcademicYear> ACADEMIC_YEARS = PropertyFactory.createList("academicYears", AcademicYear.class);
    public static final ListProperty<Staff> STAFF_MEMBERS = PropertyFactory.createList("staffMembers", Staff.class);
    public static final ListProperty<SchoolClass> SCHOOL_CLASSES = PropertyFactory.createList("schoolClasses", SchoolClass.class);
    public static final ListProperty<Student> STUDENTS = PropertyFactory.createList("students", Student.class);
    public static final ListProperty<Parent> PARENTS = PropertyFactory.createList("parents", Parent.class);
    public static final ListProperty<Subject> SUBJECTS = PropertyFactory.createList("subjects", Subject.class);

    protected String name;
    protected String shortName;
    protected String city;
    protected LocalDateTime createdAt;
    protected Object academicYears;
    protected Object staffMembers;
    protected Object schoolClasses;
    protected Object students;
    protected Object parents;
    protected Object subjects;

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

    public void setCity(String city) {
        beforePropertyWrite("city", this.city, city);
        this.city = city;
    }

    public String getCity() {
        beforePropertyRead("city");
        return this.city;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        beforePropertyWrite("createdAt", this.createdAt, createdAt);
        this.createdAt = createdAt;
    }

    public LocalDateTime getCreatedAt() {
        beforePropertyRead("createdAt");
        return this.createdAt;
    }

    public void addToAcademicYears(AcademicYear obj) {
        addToManyTarget("academicYears", obj, true);
    }

    public void removeFromAcademicYears(AcademicYear obj) {
        removeToManyTarget("academicYears", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<AcademicYear> getAcademicYears() {
        return (List<AcademicYear>) readProperty("academicYears");
    }

    public void addToStaffMembers(Staff obj) {
        addToManyTarget("staffMembers", obj, true);
    }

    public void removeFromStaffMembers(Staff obj) {
        removeToManyTarget("staffMembers", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Staff> getStaffMembers() {
        return (List<Staff>) readProperty("staffMembers");
    }

    public void addToSchoolClasses(SchoolClass obj) {
        addToManyTarget("schoolClasses", obj, true);
    }

    public void removeFromSchoolClasses(SchoolClass obj) {
        removeToManyTarget("schoolClasses", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<SchoolClass> getSchoolClasses() {
        return (List<SchoolClass>) readProperty("schoolClasses");
    }

    public void addToStudents(Student obj) {
        addToManyTarget("students", obj, true);
    }

    public void removeFromStudents(Student obj) {
        removeToManyTarget("students", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Student> getStudents() {
        return (List<Student>) readProperty("students");
    }

    public void addToParents(Parent obj) {
        addToManyTarget("parents", obj, true);
    }

    public void removeFromParents(Parent obj) {
        removeToManyTarget("parents", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Parent> getParents() {
        return (List<Parent>) readProperty("parents");
    }

    public void addToSubjects(Subject obj) {
        addToManyTarget("subjects", obj, true);
    }

    public void removeFromSubjects(Subject obj) {
        removeToManyTarget("subjects", obj, true);
    }

    @SuppressWarnings("unchecked")
    public List<Subject> getSubjects() {
        return (List<Subject>) readProperty("subjects");
    }

    /** The column defaults of V1__core.sql, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (city == null) {
            setCity("");
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
            case "name":
                return this.name;
            case "shortName":
                return this.shortName;
            case "city":
                return this.city;
            case "createdAt":
                return this.createdAt;
            case "academicYears":
                return this.academicYears;
            case "staffMembers":
                return this.staffMembers;
            case "schoolClasses":
                return this.schoolClasses;
            case "students":
                return this.students;
            case "parents":
                return this.parents;
            case "subjects":
                return this.subjects;
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
            case "city":
                this.city = (String) val;
                break;
            case "createdAt":
                this.createdAt = (LocalDateTime) val;
                break;
            case "academicYears":
                this.academicYears = val;
                break;
            case "staffMembers":
                this.staffMembers = val;
                break;
            case "schoolClasses":
                this.schoolClasses = val;
                break;
            case "students":
                this.students = val;
                break;
            case "parents":
                this.parents = val;
                break;
            case "subjects":
                this.subjects = val;
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
        out.writeObject(this.city);
        out.writeObject(this.createdAt);
        out.writeObject(this.academicYears);
        out.writeObject(this.staffMembers);
        out.writeObject(this.schoolClasses);
        out.writeObject(this.students);
        out.writeObject(this.parents);
        out.writeObject(this.subjects);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.name = (String) in.readObject();
        this.shortName = (String) in.readObject();
        this.city = (String) in.readObject();
        this.createdAt = (LocalDateTime) in.readObject();
        this.academicYears = in.readObject();
        this.staffMembers = in.readObject();
        this.schoolClasses = in.readObject();
        this.students = in.readObject();
        this.parents = in.readObject();
        this.subjects = in.readObject();
    }
}

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
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.AuditEvent} (table {@code audit_event}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _AuditEvent extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "AuditEvent", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final DateProperty<LocalDateTime> OCCURRED_AT = PropertyFactory.createDate("occurredAt", LocalDateTime.class);
    public static final NumericProperty<Long> ACCOUNT_ID = PropertyFactory.createNumeric("accountId", Long.class);
    public static final StringProperty<String> ADDRESS = PropertyFactory.createString("address", String.class);
    public static final StringProperty<String> ENTITY = PropertyFactory.createString("entity", String.class);
    public static final NumericProperty<Long> ENTITY_ID = PropertyFactory.createNumeric("entityId", Long.class);
    public static final StringProperty<String> ACTION = PropertyFactory.createString("action", String.class);
    public static final StringProperty<String> FIELD = PropertyFactory.createString("field", String.class);
    public static final StringProperty<String> OLD_VALUE = PropertyFactory.createString("oldValue", String.class);
    public static final StringProperty<String> NEW_VALUE = PropertyFactory.createString("newValue", String.class);
    public static final NumericProperty<Long> STUDENT_ID = PropertyFactory.createNumeric("studentId", Long.class);
    public static final NumericProperty<Long> LESSON_ID = PropertyFactory.createNumeric("lessonId", Long.class);
    public static final NumericProperty<Long> WORK_ID = PropertyFactory.createNumeric("workId", Long.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);

    protected LocalDateTime occurredAt;
    protected Long accountId;
    protected String address;
    protected String entity;
    protected Long entityId;
    protected String action;
    protected String field;
    protected String oldValue;
    protected String newValue;
    protected Long studentId;
    protected Long lessonId;
    protected Long workId;
    protected Object school;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        beforePropertyWrite("occurredAt", this.occurredAt, occurredAt);
        this.occurredAt = occurredAt;
    }

    public LocalDateTime getOccurredAt() {
        beforePropertyRead("occurredAt");
        return this.occurredAt;
    }

    public void setAccountId(Long accountId) {
        beforePropertyWrite("accountId", this.accountId, accountId);
        this.accountId = accountId;
    }

    public Long getAccountId() {
        beforePropertyRead("accountId");
        return this.accountId;
    }

    public void setAddress(String address) {
        beforePropertyWrite("address", this.address, address);
        this.address = address;
    }

    public String getAddress() {
        beforePropertyRead("address");
        return this.address;
    }

    public void setEntity(String entity) {
        beforePropertyWrite("entity", this.entity, entity);
        this.entity = entity;
    }

    public String getEntity() {
        beforePropertyRead("entity");
        return this.entity;
    }

    public void setEntityId(Long entityId) {
        beforePropertyWrite("entityId", this.entityId, entityId);
        this.entityId = entityId;
    }

    public Long getEntityId() {
        beforePropertyRead("entityId");
        return this.entityId;
    }

    public void setAction(String action) {
        beforePropertyWrite("action", this.action, action);
        this.action = action;
    }

    public String getAction() {
        beforePropertyRead("action");
        return this.action;
    }

    public void setField(String field) {
        beforePropertyWrite("field", this.field, field);
        this.field = field;
    }

    public String getField() {
        beforePropertyRead("field");
        return this.field;
    }

    public void setOldValue(String oldValue) {
        beforePropertyWrite("oldValue", this.oldValue, oldValue);
        this.oldValue = oldValue;
    }

    public String getOldValue() {
        beforePropertyRead("oldValue");
        return this.oldValue;
    }

    public void setNewValue(String newValue) {
        beforePropertyWrite("newValue", this.newValue, newValue);
        this.newValue = newValue;
    }

    public String getNewValue() {
        beforePropertyRead("newValue");
        return this.newValue;
    }

    public void setStudentId(Long studentId) {
        beforePropertyWrite("studentId", this.studentId, studentId);
        this.studentId = studentId;
    }

    public Long getStudentId() {
        beforePropertyRead("studentId");
        return this.studentId;
    }

    public void setLessonId(Long lessonId) {
        beforePropertyWrite("lessonId", this.lessonId, lessonId);
        this.lessonId = lessonId;
    }

    public Long getLessonId() {
        beforePropertyRead("lessonId");
        return this.lessonId;
    }

    public void setWorkId(Long workId) {
        beforePropertyWrite("workId", this.workId, workId);
        this.workId = workId;
    }

    public Long getWorkId() {
        beforePropertyRead("workId");
        return this.workId;
    }

    public void setSchool(School school) {
        setToOneTarget("school", school, true);
    }

    public School getSchool() {
        return (School) readProperty("school");
    }

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (occurredAt == null) {
            setOccurredAt(LocalDateTime.now(ZoneOffset.UTC));
        }
        if (address == null) {
            setAddress("");
        }
        if (field == null) {
            setField("");
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "occurredAt":
                return this.occurredAt;
            case "accountId":
                return this.accountId;
            case "address":
                return this.address;
            case "entity":
                return this.entity;
            case "entityId":
                return this.entityId;
            case "action":
                return this.action;
            case "field":
                return this.field;
            case "oldValue":
                return this.oldValue;
            case "newValue":
                return this.newValue;
            case "studentId":
                return this.studentId;
            case "lessonId":
                return this.lessonId;
            case "workId":
                return this.workId;
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
            case "occurredAt":
                this.occurredAt = (LocalDateTime) val;
                break;
            case "accountId":
                this.accountId = (Long) val;
                break;
            case "address":
                this.address = (String) val;
                break;
            case "entity":
                this.entity = (String) val;
                break;
            case "entityId":
                this.entityId = (Long) val;
                break;
            case "action":
                this.action = (String) val;
                break;
            case "field":
                this.field = (String) val;
                break;
            case "oldValue":
                this.oldValue = (String) val;
                break;
            case "newValue":
                this.newValue = (String) val;
                break;
            case "studentId":
                this.studentId = (Long) val;
                break;
            case "lessonId":
                this.lessonId = (Long) val;
                break;
            case "workId":
                this.workId = (Long) val;
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
        out.writeObject(this.occurredAt);
        out.writeObject(this.accountId);
        out.writeObject(this.address);
        out.writeObject(this.entity);
        out.writeObject(this.entityId);
        out.writeObject(this.action);
        out.writeObject(this.field);
        out.writeObject(this.oldValue);
        out.writeObject(this.newValue);
        out.writeObject(this.studentId);
        out.writeObject(this.lessonId);
        out.writeObject(this.workId);
        out.writeObject(this.school);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.occurredAt = (LocalDateTime) in.readObject();
        this.accountId = (Long) in.readObject();
        this.address = (String) in.readObject();
        this.entity = (String) in.readObject();
        this.entityId = (Long) in.readObject();
        this.action = (String) in.readObject();
        this.field = (String) in.readObject();
        this.oldValue = (String) in.readObject();
        this.newValue = (String) in.readObject();
        this.studentId = (Long) in.readObject();
        this.lessonId = (Long) in.readObject();
        this.workId = (Long) in.readObject();
        this.school = in.readObject();
    }
}

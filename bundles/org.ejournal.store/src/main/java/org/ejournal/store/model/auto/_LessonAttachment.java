package org.ejournal.store.model.auto;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.Cayenne;
import org.apache.cayenne.exp.property.BaseProperty;
import org.apache.cayenne.exp.property.DateProperty;
import org.apache.cayenne.exp.property.EntityProperty;
import org.apache.cayenne.exp.property.NumericIdProperty;
import org.apache.cayenne.exp.property.NumericProperty;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.School;

/**
 * Persistent state of {@link org.ejournal.store.model.LessonAttachment} (table {@code lesson_attachment}), laid out like a Cayenne generated superclass.
 * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.
 */
public abstract class _LessonAttachment extends BaseDataObject {

    private static final long serialVersionUID = 1L;

    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "LessonAttachment", Long.class);
    public static final String ID_PK_COLUMN = "id";

    public static final StringProperty<String> FILE_NAME = PropertyFactory.createString("fileName", String.class);
    public static final StringProperty<String> CONTENT_TYPE = PropertyFactory.createString("contentType", String.class);
    public static final NumericProperty<Long> SIZE_BYTES = PropertyFactory.createNumeric("sizeBytes", Long.class);
    public static final BaseProperty<byte[]> CONTENT = PropertyFactory.createBase("content", byte[].class);
    public static final NumericProperty<Long> UPLOADED_BY = PropertyFactory.createNumeric("uploadedBy", Long.class);
    public static final DateProperty<LocalDateTime> UPLOADED_AT = PropertyFactory.createDate("uploadedAt", LocalDateTime.class);
    public static final DateProperty<LocalDateTime> REMOVED_AT = PropertyFactory.createDate("removedAt", LocalDateTime.class);
    public static final EntityProperty<School> SCHOOL = PropertyFactory.createEntity("school", School.class);
    public static final EntityProperty<Lesson> LESSON = PropertyFactory.createEntity("lesson", Lesson.class);

    protected String fileName;
    protected String contentType;
    protected Long sizeBytes;
    protected byte[] content;
    protected Long uploadedBy;
    protected LocalDateTime uploadedAt;
    protected LocalDateTime removedAt;
    protected Object school;
    protected Object lesson;

    /** The primary key; valid once the object has been committed. */
    public long getId() {
        return Cayenne.longPKForObject(this);
    }

    public void setFileName(String fileName) {
        beforePropertyWrite("fileName", this.fileName, fileName);
        this.fileName = fileName;
    }

    public String getFileName() {
        beforePropertyRead("fileName");
        return this.fileName;
    }

    public void setContentType(String contentType) {
        beforePropertyWrite("contentType", this.contentType, contentType);
        this.contentType = contentType;
    }

    public String getContentType() {
        beforePropertyRead("contentType");
        return this.contentType;
    }

    public void setSizeBytes(Long sizeBytes) {
        beforePropertyWrite("sizeBytes", this.sizeBytes, sizeBytes);
        this.sizeBytes = sizeBytes;
    }

    public Long getSizeBytes() {
        beforePropertyRead("sizeBytes");
        return this.sizeBytes;
    }

    public void setContent(byte[] content) {
        beforePropertyWrite("content", this.content, content);
        this.content = content;
    }

    public byte[] getContent() {
        beforePropertyRead("content");
        return this.content;
    }

    public void setUploadedBy(Long uploadedBy) {
        beforePropertyWrite("uploadedBy", this.uploadedBy, uploadedBy);
        this.uploadedBy = uploadedBy;
    }

    public Long getUploadedBy() {
        beforePropertyRead("uploadedBy");
        return this.uploadedBy;
    }

    public void setUploadedAt(LocalDateTime uploadedAt) {
        beforePropertyWrite("uploadedAt", this.uploadedAt, uploadedAt);
        this.uploadedAt = uploadedAt;
    }

    public LocalDateTime getUploadedAt() {
        beforePropertyRead("uploadedAt");
        return this.uploadedAt;
    }

    public void setRemovedAt(LocalDateTime removedAt) {
        beforePropertyWrite("removedAt", this.removedAt, removedAt);
        this.removedAt = removedAt;
    }

    public LocalDateTime getRemovedAt() {
        beforePropertyRead("removedAt");
        return this.removedAt;
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

    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */
    protected void applyColumnDefaults() {
        if (contentType == null) {
            setContentType("application/octet-stream");
        }
        if (uploadedAt == null) {
            setUploadedAt(LocalDateTime.now(ZoneOffset.UTC));
        }
    }

    @Override
    public Object readPropertyDirectly(String propName) {
        if (propName == null) {
            throw new IllegalArgumentException();
        }
        switch (propName) {
            case "fileName":
                return this.fileName;
            case "contentType":
                return this.contentType;
            case "sizeBytes":
                return this.sizeBytes;
            case "content":
                return this.content;
            case "uploadedBy":
                return this.uploadedBy;
            case "uploadedAt":
                return this.uploadedAt;
            case "removedAt":
                return this.removedAt;
            case "school":
                return this.school;
            case "lesson":
                return this.lesson;
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
            case "fileName":
                this.fileName = (String) val;
                break;
            case "contentType":
                this.contentType = (String) val;
                break;
            case "sizeBytes":
                this.sizeBytes = (Long) val;
                break;
            case "content":
                this.content = (byte[]) val;
                break;
            case "uploadedBy":
                this.uploadedBy = (Long) val;
                break;
            case "uploadedAt":
                this.uploadedAt = (LocalDateTime) val;
                break;
            case "removedAt":
                this.removedAt = (LocalDateTime) val;
                break;
            case "school":
                this.school = val;
                break;
            case "lesson":
                this.lesson = val;
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
        out.writeObject(this.fileName);
        out.writeObject(this.contentType);
        out.writeObject(this.sizeBytes);
        out.writeObject(this.content);
        out.writeObject(this.uploadedBy);
        out.writeObject(this.uploadedAt);
        out.writeObject(this.removedAt);
        out.writeObject(this.school);
        out.writeObject(this.lesson);
    }

    @Override
    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {
        super.readState(in);
        this.fileName = (String) in.readObject();
        this.contentType = (String) in.readObject();
        this.sizeBytes = (Long) in.readObject();
        this.content = (byte[]) in.readObject();
        this.uploadedBy = (Long) in.readObject();
        this.uploadedAt = (LocalDateTime) in.readObject();
        this.removedAt = (LocalDateTime) in.readObject();
        this.school = in.readObject();
        this.lesson = in.readObject();
    }
}

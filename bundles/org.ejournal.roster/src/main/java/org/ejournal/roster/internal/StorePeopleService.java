package org.ejournal.roster.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.exp.Expression;
import org.apache.cayenne.exp.property.StringProperty;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.people.ClassStudentConsent;
import org.ejournal.api.people.ConsentRecord;
import org.ejournal.api.people.PeopleService;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.people.PersonSummary;
import org.ejournal.api.people.PersonalData;
import org.ejournal.api.people.StudentEdit;
import org.ejournal.api.people.StudentRecord;
import org.ejournal.api.roster.PersonName;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.Consent;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.StudentParent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * People and personal data from the store. The consent rule (152-ФЗ) lives here and only here: a
 * student's personal fields are written only while an active consent exists, whoever calls. Each call
 * is one Cayenne context and at most one commit, so a refused call writes nothing and a withdrawal
 * erases and audits in one transaction.
 */
@Component(service = PeopleService.class)
public final class StorePeopleService implements PeopleService {

    private static final int SEARCH_LIMIT = 50;
    private static final int SEARCH_CANDIDATES = 200;
    private static final int NAME_LENGTH = 100;

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;
    private final PersonalDataAccessRecorder accessLog;

    @Activate
    public StorePeopleService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("today"). */
    StorePeopleService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.accessLog = new PersonalDataAccessRecorder(store);
    }

    @Override
    public List<PersonSummary> search(Actor actor, PersonKind kind, String text) {
        String prefix = text == null ? "" : text.strip().replace("%", "").replace("_", "");
        if (prefix.isEmpty()) {
            return List.of();
        }
        ObjectContext context = store.newContext();
        List<PersonSummary> found = new ArrayList<>();
        switch (kind) {
            case STUDENT -> {
                for (Student s : candidates(context, Student.class, actor, prefix, Student.LAST_NAME,
                        Student.FIRST_NAME, Student.MIDDLE_NAME)) {
                    if (policy.allows(actor, Operation.STUDENT_DATA_MANAGE, s.getId())) {
                        found.add(new PersonSummary(s.getId(), kind, name(s), Boolean.TRUE.equals(s.getActive())));
                    }
                }
            }
            case PARENT -> {
                for (Parent p : candidates(context, Parent.class, actor, prefix, Parent.LAST_NAME,
                        Parent.FIRST_NAME, Parent.MIDDLE_NAME)) {
                    if (policy.allows(actor, Operation.PARENT_DATA_MANAGE, p.getId())) {
                        found.add(new PersonSummary(p.getId(), kind, name(p), Boolean.TRUE.equals(p.getActive())));
                    }
                }
            }
            case STAFF -> {
                if (policy.allows(actor, Operation.STAFF_DATA_MANAGE, actor.schoolId())) {
                    for (Staff s : candidates(context, Staff.class, actor, prefix, Staff.LAST_NAME,
                            Staff.FIRST_NAME, Staff.MIDDLE_NAME)) {
                        found.add(new PersonSummary(s.getId(), kind, name(s), Boolean.TRUE.equals(s.getActive())));
                    }
                }
            }
        }
        found.sort(Comparator.<PersonSummary, String>comparing(p -> p.name().full(), RussianOrder.collator())
                .thenComparingLong(PersonSummary::id));
        return found.size() > SEARCH_LIMIT ? List.copyOf(found.subList(0, SEARCH_LIMIT)) : List.copyOf(found);
    }

    private static <T> List<T> candidates(ObjectContext context, Class<T> type, Actor actor, String prefix,
                                          StringProperty<String> last, StringProperty<String> first,
                                          StringProperty<String> middle) {
        String pattern = prefix + "%";
        Expression byName = last.likeIgnoreCase(pattern).orExp(first.likeIgnoreCase(pattern))
                .orExp(middle.likeIgnoreCase(pattern));
        return SchoolScope.select(type, actor.schoolId())
                .and(byName).limit(SEARCH_CANDIDATES).select(context);
    }

    @Override
    public StudentRecord student(Actor actor, long studentId) {
        ObjectContext context = store.newContext();
        Student student = loadStudent(context, actor, studentId);
        StudentRecord record = record(student);
        accessLog.record(actor, studentId, PersonalDataAccessRecorder.STUDENT_RECORD);
        return record;
    }

    @Override
    public long createStudent(Actor actor, long classId, LocalDate from, StudentEdit edit) {
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        policy.check(actor, Operation.CLASS_PEOPLE_MANAGE, classId);
        validateName(edit.name());
        validateGender(edit.gender());
        if (!edit.personalData().isEmpty()) {
            throw new ValidationException(NO_CONSENT);
        }
        if (from == null) {
            throw new ValidationException(ENROLL_DATE_REQUIRED);
        }
        School school = schoolClass.getSchool();
        Student student = context.newObject(Student.class);
        student.setSchool(school);
        setName(student::setLastName, student::setFirstName, student::setMiddleName, edit.name());
        student.setGender(edit.gender());
        Enrollment enrollment = context.newObject(Enrollment.class);
        enrollment.setSchool(school);
        enrollment.setStudent(student);
        enrollment.setSchoolClass(schoolClass);
        enrollment.setStartDate(from);
        enrollment.setStartReason("ENROLLED");
        context.commitChanges();
        return student.getId();
    }

    @Override
    public StudentRecord updateStudent(Actor actor, long studentId, StudentEdit edit) {
        ObjectContext context = store.newContext();
        Student student = loadStudent(context, actor, studentId);
        validateName(edit.name());
        validateGender(edit.gender());
        PersonalData data = edit.personalData();
        if (!data.isEmpty() && activeConsent(student) == null) {
            throw new ValidationException(NO_CONSENT);
        }
        validate(data);
        setName(student::setLastName, student::setFirstName, student::setMiddleName, edit.name());
        student.setGender(edit.gender());
        student.setBirthDate(data.birthDate());
        student.setAddress(data.address());
        student.setPhone(data.phone());
        student.setDocument(data.document());
        student.setHealthGroup(data.healthGroup());
        context.commitChanges();
        accessLog.record(actor, studentId, PersonalDataAccessRecorder.STUDENT_RECORD_EDIT);
        return record(student);
    }

    @Override
    public void rename(Actor actor, PersonKind kind, long personId, PersonName name) {
        validateName(name);
        ObjectContext context = store.newContext();
        switch (kind) {
            case STUDENT -> {
                Student s = loadStudent(context, actor, personId);
                setName(s::setLastName, s::setFirstName, s::setMiddleName, name);
            }
            case PARENT -> {
                Parent p = loadParent(context, actor, personId);
                setName(p::setLastName, p::setFirstName, p::setMiddleName, name);
            }
            case STAFF -> {
                Staff s = loadStaff(context, actor, personId);
                setName(s::setLastName, s::setFirstName, s::setMiddleName, name);
            }
        }
        context.commitChanges();
    }

    @Override
    public void deactivate(Actor actor, PersonKind kind, long personId) {
        ObjectContext context = store.newContext();
        School school;
        String entity;
        switch (kind) {
            case STUDENT -> {
                Student s = loadStudent(context, actor, personId);
                if (!Boolean.TRUE.equals(s.getActive())) {
                    return;
                }
                s.setActive(false);
                school = s.getSchool();
                entity = "student";
            }
            case PARENT -> {
                Parent p = loadParent(context, actor, personId);
                if (!Boolean.TRUE.equals(p.getActive())) {
                    return;
                }
                p.setActive(false);
                school = p.getSchool();
                entity = "parent";
            }
            default -> {
                Staff s = loadStaff(context, actor, personId);
                if (!Boolean.TRUE.equals(s.getActive())) {
                    return;
                }
                s.setActive(false);
                school = s.getSchool();
                entity = "staff";
            }
        }
        audit(context, actor, school, entity, personId, "active", "true", "false");
        context.commitChanges();
    }

    @Override
    public List<PersonSummary> representatives(Actor actor, long studentId) {
        ObjectContext context = store.newContext();
        Student student = loadStudent(context, actor, studentId);
        List<PersonSummary> result = new ArrayList<>();
        for (StudentParent link : student.getParentLinks()) {
            Parent p = link.getParent();
            result.add(new PersonSummary(p.getId(), PersonKind.PARENT, name(p), Boolean.TRUE.equals(p.getActive())));
        }
        result.sort(Comparator.<PersonSummary, String>comparing(p -> p.name().full(), RussianOrder.collator())
                .thenComparingLong(PersonSummary::id));
        return result;
    }

    @Override
    public ConsentRecord recordConsent(Actor actor, long studentId, long parentId, LocalDate givenOn, String scope) {
        ObjectContext context = store.newContext();
        Student student = loadStudent(context, actor, studentId);
        Parent parent = student.getParentLinks().stream().map(StudentParent::getParent)
                .filter(p -> p.getId() == parentId).findFirst()
                .orElseThrow(() -> new ValidationException(NOT_REPRESENTATIVE));
        if (activeConsent(student) != null) {
            throw new ValidationException(CONSENT_EXISTS);
        }
        if (scope == null || scope.isBlank()) {
            throw new ValidationException(SCOPE_REQUIRED);
        }
        if (givenOn == null || givenOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(CONSENT_DATE_INVALID);
        }
        Consent consent = context.newObject(Consent.class);
        consent.setSchool(student.getSchool());
        consent.setStudent(student);
        consent.setParent(parent);
        consent.setGivenOn(givenOn);
        consent.setScope(scope.strip());
        consent.setRecordedBy(actor.accountId());
        // Audited on the student (the consent's id is known only after the insert): one commit, one transaction.
        audit(context, actor, student.getSchool(), "student", studentId, "consent", null,
                "parent " + parentId + ", " + givenOn + ", " + scope.strip()).setAction("INSERT");
        context.commitChanges();
        return consentRecord(consent);
    }

    @Override
    public StudentRecord withdrawConsent(Actor actor, long consentId) {
        ObjectContext context = store.newContext();
        Consent consent = SchoolScope.byId(context, Consent.class, consentId, actor.schoolId(), "consent");
        Student student = loadStudent(context, actor, consent.getStudent().getId());
        if (!consent.isActive()) {
            throw new ValidationException(CONSENT_WITHDRAWN);
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        consent.setWithdrawnAt(now);
        consent.setWithdrawnBy(actor.accountId());
        School school = student.getSchool();
        long id = student.getId();
        audit(context, actor, school, "consent", consentId, "withdrawn_at", null, now.toString());
        if (student.getBirthDate() != null) {
            audit(context, actor, school, "student", id, "birth_date", student.getBirthDate().toString(), null);
        }
        eraseAudited(context, actor, school, id, "address", student.getAddress());
        eraseAudited(context, actor, school, id, "phone", student.getPhone());
        eraseAudited(context, actor, school, id, "document", student.getDocument());
        if (student.getHealthGroup() != null) {
            audit(context, actor, school, "student", id, "health_group", student.getHealthGroup().toString(), null);
        }
        student.setBirthDate(null);
        student.setAddress(null);
        student.setPhone(null);
        student.setDocument(null);
        student.setHealthGroup(null);
        context.commitChanges();
        accessLog.record(actor, student.getId(), PersonalDataAccessRecorder.CONSENT_WITHDRAWN);
        return record(student);
    }

    @Override
    public List<ClassStudentConsent> classStudents(Actor actor, long classId, LocalDate date) {
        ObjectContext context = store.newContext();
        SchoolClass schoolClass = SchoolScope.byId(context, SchoolClass.class, classId, actor.schoolId(), "schoolClass");
        policy.check(actor, Operation.CLASS_PEOPLE_MANAGE, classId);
        List<Enrollment> enrollments = ObjectSelect.query(Enrollment.class)
                .where(Enrollment.SCHOOL_CLASS.eq(schoolClass))
                .and(Enrollment.START_DATE.lte(date))
                .and(Enrollment.END_DATE.isNull().orExp(Enrollment.END_DATE.gte(date)))
                .prefetch(Enrollment.STUDENT.joint())
                .select(context);
        Map<Long, Student> students = new LinkedHashMap<>();
        for (Enrollment e : enrollments) {
            students.putIfAbsent(e.getStudent().getId(), e.getStudent());
        }
        Set<Long> withConsent = new HashSet<>();
        if (!students.isEmpty()) {
            for (Consent c : ObjectSelect.query(Consent.class).where(Consent.STUDENT.in(students.values()))
                    .and(Consent.WITHDRAWN_AT.isNull()).select(context)) {
                withConsent.add(c.getStudent().getId());
            }
        }
        List<ClassStudentConsent> result = new ArrayList<>();
        for (Student s : students.values()) {
            result.add(new ClassStudentConsent(s.getId(), name(s), withConsent.contains(s.getId())));
        }
        result.sort(Comparator.<ClassStudentConsent, String>comparing(c -> c.name().full(), RussianOrder.collator())
                .thenComparingLong(ClassStudentConsent::studentId));
        return result;
    }

    @Override
    public List<ClassStudentConsent> studentsWithoutConsent(Actor actor, long classId, LocalDate date) {
        return classStudents(actor, classId, date).stream().filter(s -> !s.hasConsent()).toList();
    }

    // --- look-ups: another school's person is "not found", one's own but refused is "access denied"

    private Student loadStudent(ObjectContext context, Actor actor, long studentId) {
        Student s = SchoolScope.byId(context, Student.class, studentId, actor.schoolId(), "student");
        policy.check(actor, Operation.STUDENT_DATA_MANAGE, studentId);
        return s;
    }

    private Parent loadParent(ObjectContext context, Actor actor, long parentId) {
        Parent p = SchoolScope.byId(context, Parent.class, parentId, actor.schoolId(), "parent");
        policy.check(actor, Operation.PARENT_DATA_MANAGE, parentId);
        return p;
    }

    private Staff loadStaff(ObjectContext context, Actor actor, long staffId) {
        Staff s = SchoolScope.byId(context, Staff.class, staffId, actor.schoolId(), "staff");
        policy.check(actor, Operation.STAFF_DATA_MANAGE, actor.schoolId());
        return s;
    }

    // --- rules of input

    private static void validateName(PersonName name) {
        if (name == null || name.lastName().isBlank() || name.firstName().isBlank()
                || name.lastName().strip().length() > NAME_LENGTH || name.firstName().strip().length() > NAME_LENGTH
                || name.middleName().strip().length() > NAME_LENGTH) {
            throw new ValidationException(NAME_REQUIRED);
        }
    }

    private static void validateGender(String gender) {
        if (!"M".equals(gender) && !"F".equals(gender)) {
            throw new ValidationException(GENDER_INVALID);
        }
    }

    private void validate(PersonalData data) {
        if (data.healthGroup() != null && (data.healthGroup() < 1 || data.healthGroup() > 5)) {
            throw new ValidationException(HEALTH_GROUP_INVALID);
        }
        if (data.birthDate() != null && (data.birthDate().isAfter(LocalDate.now(clock))
                || data.birthDate().getYear() < 1900)) {
            throw new ValidationException(BIRTH_DATE_INVALID);
        }
        if (data.address() != null && data.address().length() > 300 || data.phone() != null && data.phone().length() > 30
                || data.document() != null && data.document().length() > 200) {
            throw new ValidationException(TOO_LONG);
        }
    }

    private static void setName(java.util.function.Consumer<String> last, java.util.function.Consumer<String> first,
                                java.util.function.Consumer<String> middle, PersonName name) {
        last.accept(name.lastName().strip());
        first.accept(name.firstName().strip());
        middle.accept(name.middleName().strip());
    }

    // --- records

    private static Consent activeConsent(Student student) {
        return student.getConsents().stream().filter(Consent::isActive).findFirst().orElse(null);
    }

    private static StudentRecord record(Student s) {
        List<ConsentRecord> consents = s.getConsents().stream()
                .sorted(Comparator.comparing(Consent::getRecordedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(StorePeopleService::consentRecord).toList();
        return new StudentRecord(s.getId(), name(s), s.getGender(), Boolean.TRUE.equals(s.getActive()),
                new PersonalData(s.getBirthDate(), s.getAddress(), s.getPhone(), s.getDocument(), s.getHealthGroup()),
                consents);
    }

    private static ConsentRecord consentRecord(Consent c) {
        Parent p = c.getParent();
        return new ConsentRecord(c.getId(), c.getStudent().getId(), p.getId(), name(p), c.getGivenOn(), c.getScope(),
                c.getWithdrawnAt());
    }

    private static PersonName name(Student s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    private static PersonName name(Parent p) {
        return new PersonName(p.getLastName(), p.getFirstName(), p.getMiddleName());
    }

    private static PersonName name(Staff s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    private void eraseAudited(ObjectContext context, Actor actor, School school, long studentId, String field,
                              String oldValue) {
        if (oldValue != null) {
            audit(context, actor, school, "student", studentId, field, oldValue, null);
        }
    }

    private AuditEvent audit(ObjectContext context, Actor actor, School school, String entity, long entityId, String field,
                       String oldValue, String newValue) {
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(school);
        event.setOccurredAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        event.setAccountId(actor.accountId());
        event.setEntity(entity);
        event.setEntityId(entityId);
        event.setAction("UPDATE");
        event.setField(field);
        event.setOldValue(oldValue);
        event.setNewValue(newValue);
        return event;
    }

    // --- staff and parents' records (issue 3 item 3): created, changed and deactivated, never deleted

    @Override
    public List<org.ejournal.api.people.StaffRecord> staffList(Actor actor) {
        policy.check(actor, Operation.STAFF_DATA_MANAGE, actor.schoolId());
        return SchoolScope.select(Staff.class, actor.schoolId()).select(store.newContext()).stream()
                .map(StorePeopleService::staffRecord)
                .sorted(Comparator.<org.ejournal.api.people.StaffRecord, String>comparing(r -> r.name().full(),
                        RussianOrder.collator()).thenComparingLong(org.ejournal.api.people.StaffRecord::id))
                .toList();
    }

    @Override
    public long createStaff(Actor actor, org.ejournal.api.people.StaffEdit edit) {
        policy.check(actor, Operation.STAFF_DATA_MANAGE, actor.schoolId());
        validateStaff(edit);
        ObjectContext context = store.newContext();
        Staff staff = context.newObject(Staff.class);
        staff.setSchool(org.apache.cayenne.Cayenne.objectForPK(context, School.class, actor.schoolId()));
        applyStaff(staff, edit);
        context.commitChanges();
        return staff.getId();
    }

    @Override
    public org.ejournal.api.people.StaffRecord updateStaff(Actor actor, long staffId,
                                                          org.ejournal.api.people.StaffEdit edit) {
        ObjectContext context = store.newContext();
        Staff staff = loadStaff(context, actor, staffId);
        validateStaff(edit);
        applyStaff(staff, edit);
        context.commitChanges();
        return staffRecord(staff);
    }

    @Override
    public org.ejournal.api.people.ParentRecord parent(Actor actor, long parentId) {
        return parentRecord(loadParent(store.newContext(), actor, parentId));
    }

    @Override
    public org.ejournal.api.people.ParentRecord updateParent(Actor actor, long parentId,
                                                            org.ejournal.api.people.ParentEdit edit) {
        ObjectContext context = store.newContext();
        Parent parent = loadParent(context, actor, parentId);
        validateParent(edit);
        applyParent(parent, edit);
        context.commitChanges();
        return parentRecord(parent);
    }

    @Override
    public long createParent(Actor actor, long studentId, String relation, org.ejournal.api.people.ParentEdit edit) {
        ObjectContext context = store.newContext();
        Student student = loadStudent(context, actor, studentId);
        if (!List.of("MOTHER", "FATHER", "GUARDIAN").contains(relation)) {
            throw new ValidationException(RELATION_INVALID);
        }
        validateParent(edit);
        Parent parent = context.newObject(Parent.class);
        parent.setSchool(student.getSchool());
        applyParent(parent, edit);
        StudentParent link = context.newObject(StudentParent.class);
        link.setSchool(student.getSchool());
        link.setStudent(student);
        link.setParent(parent);
        link.setRelation(relation);
        context.commitChanges();
        return parent.getId();
    }

    private static void validateStaff(org.ejournal.api.people.StaffEdit edit) {
        validateName(edit.name());
        validateGender(edit.gender());
        if (edit.position() == null || edit.position().isBlank() || edit.position().strip().length() > 100) {
            throw new ValidationException(POSITION_REQUIRED);
        }
        validateContacts(edit.email(), edit.phone());
    }

    private static void validateParent(org.ejournal.api.people.ParentEdit edit) {
        validateName(edit.name());
        validateGender(edit.gender());
        validateContacts(edit.email(), edit.phone());
    }

    private static void validateContacts(String email, String phone) {
        String e = blankToNull(email);
        String p = blankToNull(phone);
        if (e != null && (e.length() > 200 || !e.contains("@")) || p != null && p.length() > 30) {
            throw new ValidationException(CONTACT_INVALID);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void applyStaff(Staff staff, org.ejournal.api.people.StaffEdit edit) {
        setName(staff::setLastName, staff::setFirstName, staff::setMiddleName, edit.name());
        staff.setGender(edit.gender());
        staff.setPosition(edit.position().strip());
        staff.setEmail(blankToNull(edit.email()));
        staff.setPhone(blankToNull(edit.phone()));
    }

    private static void applyParent(Parent parent, org.ejournal.api.people.ParentEdit edit) {
        setName(parent::setLastName, parent::setFirstName, parent::setMiddleName, edit.name());
        parent.setGender(edit.gender());
        parent.setEmail(blankToNull(edit.email()));
        parent.setPhone(blankToNull(edit.phone()));
    }

    private static org.ejournal.api.people.StaffRecord staffRecord(Staff s) {
        return new org.ejournal.api.people.StaffRecord(s.getId(), name(s), s.getGender(), s.getPosition(),
                Objects.toString(s.getEmail(), ""), Objects.toString(s.getPhone(), ""), Boolean.TRUE.equals(s.getActive()));
    }

    private static org.ejournal.api.people.ParentRecord parentRecord(Parent p) {
        List<PersonSummary> children = new ArrayList<>();
        for (StudentParent link : p.getChildLinks()) {
            Student s = link.getStudent();
            children.add(new PersonSummary(s.getId(), PersonKind.STUDENT, name(s), Boolean.TRUE.equals(s.getActive())));
        }
        children.sort(Comparator.<PersonSummary, String>comparing(c -> c.name().full(), RussianOrder.collator())
                .thenComparingLong(PersonSummary::id));
        return new org.ejournal.api.people.ParentRecord(p.getId(), name(p), p.getGender(),
                Objects.toString(p.getPhone(), ""), Objects.toString(p.getEmail(), ""), Boolean.TRUE.equals(p.getActive()),
                children);
    }
}

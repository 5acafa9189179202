package org.ejournal.importer.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.imports.ImportCount;
import org.ejournal.api.imports.ImportFile;
import org.ejournal.api.imports.ImportKind;
import org.ejournal.api.imports.ImportProblem;
import org.ejournal.api.imports.ImportProgress;
import org.ejournal.api.imports.ImportReport;
import org.ejournal.api.imports.ImportService;
import org.ejournal.api.people.PersonalData;
import org.ejournal.importer.internal.Layout.Col;
import org.ejournal.store.SchoolScope;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.Consent;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.Parent;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.StudentParent;
import org.ejournal.store.model.Subject;
import org.ejournal.store.model.TeachingAssignment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The import on the store. A dry run and an apply run the same code in one Cayenne context: every
 * row is checked and applied to the context's objects; the dry run then throws the context away, the
 * apply commits it (one transaction) only when no problem was found. So the dry run's counts are
 * exactly what the apply does, and a failed apply writes nothing.
 */
@Component(service = ImportService.class)
public final class StoreImportService implements ImportService {

    /** Scope written on a consent recorded from a file. */
    static final String CONSENT_SCOPE = "ФИО, пол, дата рождения (согласие внесено при импорте)";

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreImportService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemDefaultZone());
    }

    /** With a fixed clock for tests ("today"). */
    StoreImportService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public ImportReport dryRun(Actor actor, List<ImportFile> files, ImportProgress progress) {
        policy.check(actor, Operation.SCHOOL_IMPORT, actor.schoolId());
        return new Run(actor, progress).run(files, false);
    }

    @Override
    public ImportReport apply(Actor actor, List<ImportFile> files, ImportProgress progress) {
        policy.check(actor, Operation.SCHOOL_IMPORT, actor.schoolId());
        return new Run(actor, progress).run(files, true);
    }

    // --- parsing of cell values (package-private for tests)

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CLASS_NAME = Pattern.compile("^(\\d{1,2})\\s*[-\\s]?\\s*([А-ЯЁA-Z]{1,3})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]{5,30}$");

    /** "5А", "5 а", "11-Б" → {grade, letter}; {@code null} when not a class name. */
    static Object[] parseClass(String text) {
        Matcher m = CLASS_NAME.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        return new Object[] {Integer.parseInt(m.group(1)), m.group(2)};
    }

    /** dd.MM.yyyy (also d.M.yyyy and yyyy-MM-dd); {@code null} when not a real date. */
    static LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            return t.contains("-") ? LocalDate.parse(t, ISO) : LocalDate.parse(t, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** «М», «муж», «мужской», «M» → M; «Ж», «жен», «женский», «F» → F; else {@code null}. */
    static String parseGender(String text) {
        String t = Layout.normalize(text).replace(".", "");
        return switch (t) {
            case "м", "муж", "мужской", "m", "male" -> "M";
            case "ж", "жен", "женский", "f", "female" -> "F";
            default -> null;
        };
    }

    /** Gender from a Russian patronymic (-вна/-чна/-кызы → F, -вич/-ич/-оглы → M), or {@code null}. */
    static String genderOfPatronymic(String middleName) {
        String m = middleName.strip().toLowerCase(Locale.ROOT);
        if (m.endsWith("вна") || m.endsWith("чна") || m.endsWith("кызы")) {
            return "F";
        }
        if (m.endsWith("ич") || m.endsWith("оглы")) {
            return "M";
        }
        return null;
    }

    /** «мать», «отец», «опекун»… → MOTHER / FATHER / GUARDIAN; {@code null} otherwise. */
    static String parseRelation(String text) {
        String t = Layout.normalize(text);
        return switch (t) {
            case "мать", "мама" -> "MOTHER";
            case "отец", "папа" -> "FATHER";
            case "опекун", "попечитель", "законный представитель", "опекунша", "бабушка", "дедушка", "тетя", "дядя"
                    -> "GUARDIAN";
            default -> null;
        };
    }

    /** Hours per week: 0.5–40 with at most one decimal («2», «1,5», «0.5»); {@code null} otherwise. */
    static BigDecimal parseHours(String text) {
        try {
            BigDecimal h = new BigDecimal(text.strip().replace(',', '.'));
            if (h.compareTo(new BigDecimal("0.5")) < 0 || h.compareTo(new BigDecimal("40")) > 0
                    || h.stripTrailingZeros().scale() > 1) {
                return null;
            }
            return h.setScale(1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Иванова Мария Петровна" → {last, first, middle}; {@code null} without at least surname and name. */
    static String[] parseFullName(String text) {
        String[] parts = text.strip().split("\\s+", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return null;
        }
        return new String[] {parts[0], parts[1], parts.length > 2 ? parts[2] : ""};
    }

    static String nameKey(String last, String first, String middle) {
        return (last.strip() + " " + first.strip() + " " + middle.strip()).strip().toLowerCase(Locale.ROOT)
                .replace('ё', 'е').replaceAll("\\s+", " ");
    }

    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    /** One dry run or apply: its context, the school's existing records and what the files add. */
    private final class Run {
        private final Actor actor;
        private final ImportProgress progress;
        private final LocalDate today = LocalDate.now(clock);
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<ImportKind, int[]> counts = new EnumMap<>(ImportKind.class); // rows, created, updated, unchanged
        private int parentsCreated;
        private int subjectsCreated;
        private int done;
        private int total;

        private ObjectContext context;
        private School school;
        private AcademicYear year;
        private final Map<String, List<Staff>> staffByName = new HashMap<>();
        private final Map<String, SchoolClass> classes = new HashMap<>(); // "5|А"
        private final Map<String, List<Student>> studentsByName = new HashMap<>();
        private final Map<String, List<Parent>> parentsByName = new HashMap<>();
        private final Map<String, Subject> subjects = new HashMap<>();
        private final Map<List<Object>, TeachingAssignment> assignments = new HashMap<>();
        /** Keys seen in the files so far, per kind: key → "file, sheet, row". */
        private final Map<ImportKind, Map<Object, Integer>> seen = new EnumMap<>(ImportKind.class);

        Run(Actor actor, ImportProgress progress) {
            this.actor = actor;
            this.progress = progress == null ? ImportProgress.NONE : progress;
        }

        ImportReport run(List<ImportFile> files, boolean apply) {
            if (files == null || files.isEmpty()) {
                throw new ValidationException(NO_FILES);
            }
            List<Reading.Table> tables = Reading.read(files, problems);
            tables.sort(Comparator.comparing(Reading.Table::kind)); // staff, classes, students, assignments
            total = tables.stream().mapToInt(t -> t.data().size()).sum();
            progress.rowsDone(0, total);
            context = store.newContext();
            school = org.apache.cayenne.Cayenne.objectForPK(context, School.class, actor.schoolId()); // the actor's own
            year = currentYear();
            if (year == null) {
                problems.add(new ImportProblem(files.get(0).name(), "", 0, "", "import.error.noYear", List.of()));
                return report(false);
            }
            load();
            for (Reading.Table table : tables) {
                int[] c = counts.computeIfAbsent(table.kind(), k -> new int[4]);
                c[0] += table.data().size();
                for (Sheet.Row row : table.data()) {
                    Rows r = new Rows(table, row);
                    switch (table.kind()) {
                        case STAFF -> staff(r);
                        case CLASSES -> schoolClass(r);
                        case STUDENTS -> student(r);
                        case ASSIGNMENTS -> assignment(r);
                    }
                    done++;
                    progress.rowsDone(done, total);
                }
            }
            if (!apply) {
                context.rollbackChanges();
                return report(false);
            }
            if (!problems.isEmpty()) {
                context.rollbackChanges();
                throw new ValidationException(NOT_CLEAN, problems.size());
            }
            audit(files);
            context.commitChanges();
            return report(true);
        }

        private ImportReport report(boolean applied) {
            List<ImportCount> list = new ArrayList<>();
            counts.forEach((kind, c) -> list.add(new ImportCount(kind, c[0], c[1], c[2], c[3])));
            List<ImportProblem> sorted = new ArrayList<>(problems);
            return new ImportReport(list, parentsCreated, subjectsCreated, sorted, applied);
        }

        /** The year containing today, else the next one to start (class lists are supplied in August). */
        private AcademicYear currentYear() {
            List<AcademicYear> years = SchoolScope.select(AcademicYear.class, actor.schoolId()).select(context);
            return years.stream().filter(y -> !y.getStartDate().isAfter(today) && !y.getEndDate().isBefore(today))
                    .findFirst()
                    .or(() -> years.stream().filter(y -> y.getStartDate().isAfter(today))
                            .min(Comparator.comparing(AcademicYear::getStartDate)))
                    .orElse(null);
        }

        private void load() {
            for (Staff s : SchoolScope.select(Staff.class, actor.schoolId()).select(context)) {
                staffByName.computeIfAbsent(nameKey(s.getLastName(), s.getFirstName(), s.getMiddleName()),
                        k -> new ArrayList<>()).add(s);
            }
            for (SchoolClass c : SchoolScope.select(SchoolClass.class, actor.schoolId())
                    .and(SchoolClass.ACADEMIC_YEAR.eq(year)).select(context)) {
                classes.put(c.getGrade() + "|" + c.getLetter().toUpperCase(Locale.ROOT), c);
            }
            for (Student s : SchoolScope.select(Student.class, actor.schoolId())
                    .prefetch(Student.ENROLLMENTS.disjoint()).prefetch(Student.PARENT_LINKS.disjoint())
                    .prefetch(Student.CONSENTS.disjoint()).select(context)) {
                studentsByName.computeIfAbsent(nameKey(s.getLastName(), s.getFirstName(), s.getMiddleName()),
                        k -> new ArrayList<>()).add(s);
            }
            for (Parent p : SchoolScope.select(Parent.class, actor.schoolId()).select(context)) {
                parentsByName.computeIfAbsent(nameKey(p.getLastName(), p.getFirstName(), p.getMiddleName()),
                        k -> new ArrayList<>()).add(p);
            }
            for (Subject s : SchoolScope.select(Subject.class, actor.schoolId()).select(context)) {
                subjects.put(Layout.normalize(s.getName()), s);
            }
            // Whole-class assignments only: a file row names a class, never a subgroup.
            for (TeachingAssignment a : SchoolScope.select(TeachingAssignment.class, actor.schoolId())
                    .and(TeachingAssignment.ACADEMIC_YEAR.eq(year)).and(TeachingAssignment.SUBGROUP.isNull())
                    .select(context)) {
                assignments.put(assignmentKey(a.getSchoolClass(), a.getSubject(), a.getTeacher()), a);
            }
        }

        // --- one row and its problems

        private final class Rows {
            final Reading.Table table;
            final Sheet.Row row;
            boolean bad;

            Rows(Reading.Table table, Sheet.Row row) {
                this.table = table;
                this.row = row;
            }

            String get(Col col) {
                return table.get(row, col);
            }

            void problem(Col col, String key, Object... args) {
                bad = true;
                List<String> texts = new ArrayList<>();
                for (Object a : args) {
                    texts.add(String.valueOf(a));
                }
                problems.add(new ImportProblem(table.sheet().file(), table.sheetName(), row.number(),
                        col == null ? "" : col.title, key, texts));
            }

            /** A name part: required ones must be there; at most 100 characters. */
            String name(Col col, boolean required) {
                String v = get(col);
                if (required && v.isEmpty()) {
                    problem(col, "import.error.required");
                } else if (v.length() > 100) {
                    problem(col, "import.error.tooLong", 100);
                }
                return v;
            }

            /** An optional text up to {@code max} characters matching {@code pattern}, or null. */
            String optional(Col col, int max, Pattern pattern, String key) {
                String v = get(col);
                if (v.isEmpty()) {
                    return null;
                }
                if (v.length() > max) {
                    problem(col, "import.error.tooLong", max);
                } else if (pattern != null && !pattern.matcher(v).matches()) {
                    problem(col, key, v);
                }
                return v;
            }

            /** The class named in the column: in the year (existing or from this import); else a problem. */
            SchoolClass schoolClass(Col col) {
                String v = get(col);
                if (v.isEmpty()) {
                    problem(col, "import.error.required");
                    return null;
                }
                Object[] parsed = parseClass(v);
                if (parsed == null) {
                    problem(col, "import.error.badClass", v);
                    return null;
                }
                SchoolClass c = classes.get(parsed[0] + "|" + parsed[1]);
                if (c == null) {
                    problem(col, "import.error.unknownClass", v, year.getName());
                }
                return c;
            }

            /** The staff member named in the column (full name), existing or from this import. */
            Staff teacher(Col col, boolean required) {
                String v = get(col);
                if (v.isEmpty()) {
                    if (required) {
                        problem(col, "import.error.required");
                    }
                    return null;
                }
                String[] name = parseFullName(v);
                if (name == null) {
                    problem(col, "import.error.fullName", v);
                    return null;
                }
                List<Staff> found = staffByName.getOrDefault(nameKey(name[0], name[1], name[2]), List.of());
                if (found.isEmpty()) {
                    problem(col, "import.error.unknownTeacher", v);
                    return null;
                }
                if (found.size() > 1) {
                    problem(col, "import.error.ambiguousTeacher", v);
                    return null;
                }
                return found.get(0);
            }

            /** Whether the key was seen before in the files (then a duplicate problem is added). */
            boolean duplicate(Object key, Col col) {
                Integer first = seen.computeIfAbsent(table.kind(), k -> new HashMap<>()).putIfAbsent(key, row.number());
                if (first != null) {
                    problem(col, "import.error.duplicate", first);
                    return true;
                }
                return false;
            }
        }

        private void count(ImportKind kind, int which) {
            counts.get(kind)[which]++;
        }

        // --- staff

        private void staff(Rows r) {
            String last = r.name(Col.LAST_NAME, true);
            String first = r.name(Col.FIRST_NAME, true);
            String middle = r.name(Col.MIDDLE_NAME, false);
            String position = r.get(Col.POSITION);
            if (position.isEmpty()) {
                r.problem(Col.POSITION, "import.error.required");
            } else if (position.length() > 100) {
                r.problem(Col.POSITION, "import.error.tooLong", 100);
            }
            String gender = gender(r, middle);
            String email = r.optional(Col.EMAIL, 200, EMAIL, "import.error.badEmail");
            String phone = r.optional(Col.PHONE, 30, PHONE, "import.error.badPhone");
            if (last.isEmpty() || first.isEmpty() || r.duplicate(nameKey(last, first, middle), Col.LAST_NAME) || r.bad) {
                return;
            }
            List<Staff> found = staffByName.getOrDefault(nameKey(last, first, middle), List.of());
            if (found.size() > 1) {
                r.problem(Col.LAST_NAME, "import.error.ambiguousStaff");
                return;
            }
            Staff s;
            boolean created = found.isEmpty();
            if (created) {
                s = context.newObject(Staff.class);
                s.setSchool(school);
                s.setLastName(last);
                s.setFirstName(first);
                s.setMiddleName(middle);
                s.setActive(true);
                staffByName.computeIfAbsent(nameKey(last, first, middle), k -> new ArrayList<>()).add(s);
            } else {
                s = found.get(0);
            }
            boolean changed = set(s.getGender(), gender, s::setGender);
            changed |= set(s.getPosition(), position, s::setPosition);
            if (email != null) {
                changed |= set(s.getEmail(), email, s::setEmail);
            }
            if (phone != null) {
                changed |= set(s.getPhone(), phone, s::setPhone);
            }
            count(ImportKind.STAFF, created ? 1 : changed ? 2 : 3);
        }

        /** The Пол column (М/Ж), or the patronymic's when empty; a problem when neither tells. */
        private String gender(Rows r, String middle) {
            String text = r.get(Col.GENDER);
            if (text.isEmpty()) {
                String g = genderOfPatronymic(middle);
                if (g == null) {
                    r.problem(Col.GENDER, "import.error.genderRequired");
                }
                return g;
            }
            String g = parseGender(text);
            if (g == null) {
                r.problem(Col.GENDER, "import.error.badGender", text);
            }
            return g;
        }

        // --- classes

        private void schoolClass(Rows r) {
            String text = r.get(Col.CLASS);
            Object[] parsed = null;
            if (text.isEmpty()) {
                r.problem(Col.CLASS, "import.error.required");
            } else {
                parsed = parseClass(text);
                if (parsed == null) {
                    r.problem(Col.CLASS, "import.error.badClass", text);
                } else if ((Integer) parsed[0] < 1 || (Integer) parsed[0] > 11) {
                    r.problem(Col.CLASS, "import.error.badGrade", text);
                }
            }
            Staff teacher = r.teacher(Col.CLASS_TEACHER, false);
            if (parsed == null || r.bad || r.duplicate(parsed[0] + "|" + parsed[1], Col.CLASS)) {
                return;
            }
            String key = parsed[0] + "|" + parsed[1];
            SchoolClass c = classes.get(key);
            boolean created = c == null;
            if (created) {
                c = context.newObject(SchoolClass.class);
                c.setSchool(school);
                c.setAcademicYear(year);
                c.setGrade((Integer) parsed[0]);
                c.setLetter((String) parsed[1]);
                classes.put(key, c);
            }
            boolean changed = teacher != null && c.getClassTeacher() != teacher;
            if (changed) {
                c.setClassTeacher(teacher);
            }
            count(ImportKind.CLASSES, created ? 1 : changed ? 2 : 3);
        }

        // --- students and parents

        private record ParentRow(String[] name, String relation, String gender, String phone, String email, Col nameCol) {
        }

        private void student(Rows r) {
            String last = r.name(Col.LAST_NAME, true);
            String first = r.name(Col.FIRST_NAME, true);
            String middle = r.name(Col.MIDDLE_NAME, false);
            String genderText = r.get(Col.GENDER);
            String gender = null;
            if (genderText.isEmpty()) {
                r.problem(Col.GENDER, "import.error.required");
            } else if ((gender = parseGender(genderText)) == null) {
                r.problem(Col.GENDER, "import.error.badGender", genderText);
            }
            LocalDate birth = date(r, Col.BIRTH_DATE);
            if (birth != null && (birth.isAfter(today) || birth.getYear() < 1900)) {
                r.problem(Col.BIRTH_DATE, "import.error.birthDateRange", r.get(Col.BIRTH_DATE));
                birth = null;
            }
            LocalDate consentOn = date(r, Col.CONSENT_DATE);
            if (consentOn != null && consentOn.isAfter(today)) {
                r.problem(Col.CONSENT_DATE, "import.error.consentInFuture", r.get(Col.CONSENT_DATE));
            }
            SchoolClass schoolClass = r.schoolClass(Col.CLASS);
            ParentRow p1 = parent(r, Col.PARENT1_NAME, Col.PARENT1_RELATION, Col.PARENT1_PHONE, Col.PARENT1_EMAIL);
            ParentRow p2 = parent(r, Col.PARENT2_NAME, Col.PARENT2_RELATION, Col.PARENT2_PHONE, Col.PARENT2_EMAIL);
            if (consentOn != null && r.get(Col.PARENT1_NAME).isEmpty()) {
                r.problem(Col.CONSENT_DATE, "import.error.consentWithoutParent");
            }
            if (last.isEmpty() || first.isEmpty()) {
                return;
            }
            String key = nameKey(last, first, middle) + "|" + (birth == null ? "" : birth);
            if (r.duplicate(key, Col.LAST_NAME) || r.bad) {
                return;
            }
            // Match: same full name and birth date; else the one such student without a birth date
            // (or, with no date in the file, the one such student at all).
            List<Student> namesakes = studentsByName.getOrDefault(nameKey(last, first, middle), List.of());
            LocalDate wanted = birth;
            List<Student> matches = wanted == null ? namesakes
                    : namesakes.stream().filter(s -> wanted.equals(s.getBirthDate())).toList();
            if (matches.isEmpty() && wanted != null) {
                matches = namesakes.stream().filter(s -> s.getBirthDate() == null).toList();
            }
            if (matches.size() > 1) {
                r.problem(birth == null ? Col.BIRTH_DATE : Col.LAST_NAME, birth == null
                        ? "import.error.ambiguousStudentNoDate" : "import.error.ambiguousStudent");
                return;
            }
            Student student = matches.isEmpty() ? null : matches.get(0);
            boolean hasConsent = student != null && student.getConsents().stream().anyMatch(Consent::isActive);
            // The consent rule of PeopleService (152-ФЗ): personal fields only with an active consent.
            PersonalData personal = new PersonalData(birth, null, null, null, null);
            if (!personal.isEmpty() && !hasConsent && consentOn == null) {
                r.problem(Col.BIRTH_DATE, "import.error.noConsent");
                return;
            }
            boolean created = student == null;
            boolean changed = false;
            if (created) {
                student = context.newObject(Student.class);
                student.setSchool(school);
                student.setLastName(last);
                student.setFirstName(first);
                student.setMiddleName(middle);
                student.setActive(true);
                studentsByName.computeIfAbsent(nameKey(last, first, middle), k -> new ArrayList<>()).add(student);
            }
            changed |= set(student.getGender(), gender, student::setGender);
            if (birth != null) {
                changed |= set(student.getBirthDate(), birth, student::setBirthDate);
            }
            changed |= enroll(student, schoolClass);
            Parent parent1 = null;
            if (p1 != null) {
                changed |= link(student, p1);
                parent1 = lastLinked;
            }
            if (p2 != null) {
                changed |= link(student, p2);
            }
            if (consentOn != null && !hasConsent) {
                Consent consent = context.newObject(Consent.class);
                consent.setSchool(school);
                consent.setStudent(student);
                consent.setParent(parent1);
                consent.setGivenOn(consentOn);
                consent.setScope(CONSENT_SCOPE);
                consent.setRecordedBy(actor.accountId());
                consent.setRecordedAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
                changed = true;
            }
            count(ImportKind.STUDENTS, created ? 1 : changed ? 2 : 3);
        }

        private LocalDate date(Rows r, Col col) {
            String text = r.get(col);
            if (text.isEmpty()) {
                return null;
            }
            LocalDate d = parseDate(text);
            if (d == null) {
                r.problem(col, "import.error.badDate", text);
            }
            return d;
        }

        /** The parent columns of one parent, checked; {@code null} when the row names no such parent. */
        private ParentRow parent(Rows r, Col nameCol, Col relationCol, Col phoneCol, Col emailCol) {
            String fullName = r.get(nameCol);
            String relationText = r.get(relationCol);
            String phone = r.optional(phoneCol, 30, PHONE, "import.error.badPhone");
            String email = r.optional(emailCol, 200, EMAIL, "import.error.badEmail");
            if (fullName.isEmpty()) {
                if (phone != null || email != null || !relationText.isEmpty()) {
                    r.problem(nameCol, "import.error.required");
                }
                return null;
            }
            String[] name = parseFullName(fullName);
            if (name == null) {
                r.problem(nameCol, "import.error.fullName", fullName);
                return null;
            }
            if (name[0].length() > 100 || name[1].length() > 100 || name[2].length() > 100) {
                r.problem(nameCol, "import.error.tooLong", 100);
                return null;
            }
            String relation;
            if (relationText.isEmpty()) {
                String g = genderOfPatronymic(name[2]);
                relation = g == null ? null : "F".equals(g) ? "MOTHER" : "FATHER";
                if (relation == null) {
                    r.problem(relationCol, "import.error.relationRequired");
                    return null;
                }
            } else if ((relation = parseRelation(relationText)) == null) {
                r.problem(relationCol, "import.error.badRelation", relationText);
                return null;
            }
            String gender = switch (relation) {
                case "MOTHER" -> "F";
                case "FATHER" -> "M";
                default -> genderOfPatronymic(name[2]);
            };
            if (gender == null) {
                r.problem(nameCol, "import.error.parentGender", fullName);
                return null;
            }
            return new ParentRow(name, relation, gender, phone, email, nameCol);
        }

        private Parent lastLinked;

        /**
         * Finds or creates the parent and links it to the student ({@link #lastLinked} holds it).
         *
         * @return whether anything was created or changed
         */
        private boolean link(Student student, ParentRow row) {
            String key = nameKey(row.name()[0], row.name()[1], row.name()[2]);
            Parent parent = student.getParentLinks().stream().map(StudentParent::getParent)
                    .filter(p -> nameKey(p.getLastName(), p.getFirstName(), p.getMiddleName()).equals(key))
                    .findFirst().orElse(null);
            if (parent == null && row.phone() != null) {
                String phone = digits(row.phone());
                parent = parentsByName.getOrDefault(key, List.of()).stream()
                        .filter(p -> phone.equals(digits(p.getPhone()))).findFirst().orElse(null);
            }
            boolean changed = false;
            if (parent == null) {
                parent = context.newObject(Parent.class);
                parent.setSchool(school);
                parent.setLastName(row.name()[0]);
                parent.setFirstName(row.name()[1]);
                parent.setMiddleName(row.name()[2]);
                parent.setGender(row.gender());
                parent.setActive(true);
                parentsByName.computeIfAbsent(key, k -> new ArrayList<>()).add(parent);
                parentsCreated++;
                changed = true;
            }
            if (row.phone() != null) {
                changed |= set(parent.getPhone(), row.phone(), parent::setPhone);
            }
            if (row.email() != null) {
                changed |= set(parent.getEmail(), row.email(), parent::setEmail);
            }
            Parent found = parent;
            StudentParent link = student.getParentLinks().stream().filter(l -> l.getParent() == found)
                    .findFirst().orElse(null);
            if (link == null) {
                link = context.newObject(StudentParent.class);
                link.setSchool(school);
                link.setStudent(student);
                link.setParent(parent);
                changed = true;
            }
            changed |= set(link.getRelation(), row.relation(), link::setRelation);
            lastLinked = parent;
            return changed;
        }

        /**
         * Makes the student enrolled in the class from today (or the year's start): nothing when already
         * there; a transfer (the old enrollment ends yesterday) when in another class of the year.
         */
        private boolean enroll(Student student, SchoolClass target) {
            LocalDate from = today.isBefore(year.getStartDate()) ? year.getStartDate() : today;
            Enrollment current = student.getEnrollments().stream()
                    .filter(e -> e.getSchoolClass().getAcademicYear() == year)
                    .filter(e -> e.getEndDate() == null || !e.getEndDate().isBefore(from))
                    .max(Comparator.comparing(Enrollment::getStartDate)).orElse(null);
            if (current != null && current.getSchoolClass() == target) {
                return false;
            }
            String reason = "ENROLLED";
            if (current != null) {
                if (!current.getStartDate().isBefore(from)) {
                    current.setSchoolClass(target);
                    return true;
                }
                current.setEndDate(from.minusDays(1));
                current.setEndReason("TRANSFERRED");
                reason = "TRANSFERRED";
            }
            Enrollment e = context.newObject(Enrollment.class);
            e.setSchool(school);
            e.setStudent(student);
            e.setSchoolClass(target);
            e.setStartDate(from);
            e.setStartReason(reason);
            return true;
        }

        // --- assignments

        private void assignment(Rows r) {
            SchoolClass schoolClass = r.schoolClass(Col.CLASS);
            String subjectName = r.get(Col.SUBJECT).replaceAll("\\s+", " ");
            if (subjectName.isEmpty()) {
                r.problem(Col.SUBJECT, "import.error.required");
            } else if (subjectName.length() > 100) {
                r.problem(Col.SUBJECT, "import.error.tooLong", 100);
            }
            Staff teacher = r.teacher(Col.TEACHER, true);
            String hoursText = r.get(Col.HOURS);
            BigDecimal hours = null;
            if (hoursText.isEmpty()) {
                r.problem(Col.HOURS, "import.error.required");
            } else if ((hours = parseHours(hoursText)) == null) {
                r.problem(Col.HOURS, "import.error.badHours", hoursText);
            }
            if (r.bad) {
                return;
            }
            Subject subject = subjects.get(Layout.normalize(subjectName));
            if (subject == null) {
                subject = context.newObject(Subject.class);
                subject.setSchool(school);
                subject.setName(subjectName);
                subject.setShortName(subjectName.length() > 30 ? subjectName.substring(0, 30) : subjectName);
                subject.setSortOrder(subjects.size() + 1);
                subjects.put(Layout.normalize(subjectName), subject);
                subjectsCreated++;
            }
            List<Object> key = assignmentKey(schoolClass, subject, teacher);
            if (r.duplicate(key, Col.SUBJECT)) {
                return;
            }
            TeachingAssignment a = assignments.get(key);
            boolean created = a == null;
            if (created) {
                a = context.newObject(TeachingAssignment.class);
                a.setSchool(school);
                a.setAcademicYear(year);
                a.setSchoolClass(schoolClass);
                a.setSubject(subject);
                a.setTeacher(teacher);
                assignments.put(key, a);
            }
            boolean changed = a.getHoursPerWeek() == null || a.getHoursPerWeek().compareTo(hours) != 0;
            if (changed) {
                a.setHoursPerWeek(hours);
            }
            count(ImportKind.ASSIGNMENTS, created ? 1 : changed ? 2 : 3);
        }

        /** Cayenne objects of one context are unique per row, so identity is the key. */
        private List<Object> assignmentKey(SchoolClass c, Subject s, Staff t) {
            return List.of(c, s, t);
        }

        private void audit(List<ImportFile> files) {
            StringBuilder text = new StringBuilder();
            for (ImportFile f : files) {
                text.append(text.length() == 0 ? "" : ", ").append(f.name());
            }
            counts.forEach((kind, c) -> text.append("; ").append(kind).append(": +").append(c[1]).append(" ~")
                    .append(c[2]));
            AuditEvent event = context.newObject(AuditEvent.class);
            event.setSchool(school);
            event.setOccurredAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            event.setAccountId(actor.accountId());
            event.setEntity("import");
            event.setEntityId(actor.schoolId());
            event.setAction("IMPORT");
            event.setField("files");
            event.setNewValue(text.length() > 1000 ? text.substring(0, 1000) : text.toString());
        }
    }

    private static <T> boolean set(T old, T value, java.util.function.Consumer<T> setter) {
        if (Objects.equals(old, value)) {
            return false;
        }
        setter.accept(value);
        return true;
    }
}

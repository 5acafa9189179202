package org.ejournal.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ejournal.demo.Curriculum.Specialty;
import org.ejournal.demo.Curriculum.Subject;
import org.ejournal.demo.Curriculum.WorkKind;
import org.ejournal.demo.RussianNames.MaleName;
import org.ejournal.demo.RussianNames.Surname;

/**
 * Writes one demo school: calendar, classes, staff, families, curriculum, timetable, and the journal of
 * the first weeks. Everything is decided in memory with ids from {@link Ids}, then streamed through
 * {@link Inserter}s.
 */
final class SchoolWriter {

    private static final String LETTERS = "АБВГДЕЖЗИКЛМН";
    private static final int STUDENTS_PER_CLASS = 26;
    /** Weekly hours a subject teacher carries (an 18-hour post, a little below to leave room). */
    private static final int TEACHER_HOURS = 16;
    private static final int MAX_LESSONS_PER_DAY = 7;
    private static final String[] CITIES = {"Тверь", "Псков", "Вологда", "Калуга", "Кострома", "Владимир", "Рязань",
        "Смоленск", "Ярославль", "Тула"};

    private final Connection connection;
    private final Ids ids;
    private final Random random;
    /**
     * Consents and personal fields come from their own sequence, so adding them left every other demo
     * value (names, marks, absences) as it was.
     */
    private final Random consentRandom;
    private final DemoSize size;
    private final int schoolIndex;
    private final String passwordHash;
    private final Set<String> takenLogins;
    private final boolean namedAccounts;
    private final Map<String, Inserter> inserters = new LinkedHashMap<>();

    private long schoolId;
    private long yearId;
    private LocalDate yearStart;
    private long namedParentId;
    private long namedStudentId;
    private StaffMember firstTutor;
    private Map<SchoolClass, Map<Subject, StaffMember>> teacherOf;
    private final List<LocalDate[]> quarters = new ArrayList<>();
    private final List<SchoolClass> classes = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private final Map<Specialty, List<StaffMember>> teachersBySpecialty = new EnumMap<>(Specialty.class);
    private final Map<Subject, Long> subjectIds = new HashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();

    SchoolWriter(Connection connection, Ids ids, DemoSize size, int schoolIndex, String passwordHash,
                 Set<String> takenLogins, boolean namedAccounts) {
        this.connection = connection;
        this.ids = ids;
        this.size = size;
        this.schoolIndex = schoolIndex;
        this.random = new Random(size.seed() * 31 + schoolIndex);
        this.consentRandom = new Random(size.seed() * 131 + schoolIndex);
        this.passwordHash = passwordHash;
        this.takenLogins = takenLogins;
        this.namedAccounts = namedAccounts;
    }

    // ---------------------------------------------------------------- model kept in memory

    private static final class StaffMember {
        final long id;
        final long accountId;
        final String lastName;
        final String firstName;
        final String middleName;
        final char gender;
        final String position;
        final Specialty specialty;
        final String room;
        final List<String> roles = new ArrayList<>();
        String login;
        int hours;
        SchoolClass homeClass;

        StaffMember(long id, long accountId, Person person, String position, Specialty specialty, String room) {
            this.id = id;
            this.accountId = accountId;
            this.lastName = person.lastName;
            this.firstName = person.firstName;
            this.middleName = person.middleName;
            this.gender = person.gender;
            this.position = position;
            this.specialty = specialty;
            this.room = room;
        }
    }

    private record Person(String lastName, String firstName, String middleName, char gender) {
    }

    private static final class SchoolClass {
        final long id;
        final int grade;
        final String letter;
        final int seats;
        final String room;
        final List<Pupil> pupils = new ArrayList<>();
        StaffMember classTeacher;

        SchoolClass(long id, int grade, String letter, int seats, String room) {
            this.id = id;
            this.grade = grade;
            this.letter = letter;
            this.seats = seats;
            this.room = room;
        }

        String name() {
            return grade + letter;
        }
    }

    private static final class Pupil {
        final long id;
        final double ability;
        LocalDate enrolledFrom;
        LocalDate enrolledTo;
        final Set<LocalDate> illDays = new HashSet<>();

        Pupil(long id, double ability) {
            this.id = id;
            this.ability = ability;
        }

        boolean enrolledOn(LocalDate date) {
            return !date.isBefore(enrolledFrom) && (enrolledTo == null || !date.isAfter(enrolledTo));
        }
    }

    private static final class Assignment {
        final long id;
        final SchoolClass schoolClass;
        final Subject subject;
        final StaffMember teacher;
        final int hours;
        int lessonsSoFar;

        Assignment(long id, SchoolClass schoolClass, Subject subject, StaffMember teacher, int hours) {
            this.id = id;
            this.schoolClass = schoolClass;
            this.subject = subject;
            this.teacher = teacher;
            this.hours = hours;
        }
    }

    private record Slot(int weekday, int lessonNumber, Assignment assignment, String room) {
    }

    // ---------------------------------------------------------------- the run

    void write() {
        writeSchoolAndCalendar();
        planClasses();
        createStaff();
        writeClasses();
        writeStudentsAndFamilies();
        writeSubjectsAndAssignments();
        writeSubgroupsAndSubstitution();
        List<Slot> timetable = buildTimetable();
        writeJournal(timetable);
        writeTutorStudents();
        writeAccounts();
        inserters.values().forEach(Inserter::close);
    }

    private Inserter table(String name, String... columns) {
        return inserters.computeIfAbsent(name, n -> new Inserter(connection, n, columns));
    }

    private void writeSchoolAndCalendar() {
        schoolId = ids.next("school");
        int number = 7 + schoolIndex * 3;
        String city = CITIES[schoolIndex % CITIES.length];
        table("school", "id", "name", "short_name", "city", "created_at").row(schoolId,
                "МБОУ «Средняя общеобразовательная школа № " + number + "»", "СОШ № " + number, city,
                LocalDateTime.of(2020, 8, 20, 9, 0));

        LocalDate today = size.today();
        int startYear = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
        yearStart = LocalDate.of(startYear, 9, 1);
        long yearId = ids.next("academic_year");
        table("academic_year", "id", "school_id", "name", "start_date", "end_date").row(yearId, schoolId,
                startYear + "/" + (startYear + 1), yearStart, LocalDate.of(startYear + 1, 5, 31));
        this.yearId = yearId;

        String[] names = {"I четверть", "II четверть", "III четверть", "IV четверть"};
        LocalDate[][] bounds = {
            {LocalDate.of(startYear, 9, 1), LocalDate.of(startYear, 10, 26)},
            {LocalDate.of(startYear, 11, 5), LocalDate.of(startYear, 12, 28)},
            {LocalDate.of(startYear + 1, 1, 12), LocalDate.of(startYear + 1, 3, 22)},
            {LocalDate.of(startYear + 1, 4, 1), LocalDate.of(startYear + 1, 5, 25)}};
        Inserter periods = table("study_period", "id", "school_id", "academic_year_id", "scheme", "ordinal", "name",
                "start_date", "end_date", "final_mark_deadline");
        for (int q = 0; q < 4; q++) {
            quarters.add(bounds[q]);
            periods.row(ids.next("study_period"), schoolId, yearId, "QUARTERS", q + 1, names[q], bounds[q][0],
                    bounds[q][1], bounds[q][1].plusDays(3));
        }
        Inserter holidays = table("holiday", "id", "school_id", "academic_year_id", "kind", "name", "start_date",
                "end_date");
        String[] vacations = {"Осенние каникулы", "Зимние каникулы", "Весенние каникулы"};
        for (int q = 0; q < 3; q++) {
            holidays.row(ids.next("holiday"), schoolId, yearId, "VACATION", vacations[q], bounds[q][1].plusDays(1),
                    bounds[q + 1][0].minusDays(1));
        }
        Inserter workTypes = table("work_type", "id", "school_id", "code", "name", "weight", "sort_order", "active");
        int order = 0;
        for (Curriculum.WorkKind kind : Curriculum.WORK_KINDS) {
            workTypes.row(ids.next("work_type"), schoolId, kind.type(), kind.title(), kind.weight(), ++order, true);
        }
        Inserter codes = table("attendance_code", "id", "school_id", "code", "name", "absent", "excused", "sort_order",
                "active");
        codes.row(ids.next("attendance_code"), schoolId, "Н", "отсутствовал", true, false, 1, true);
        codes.row(ids.next("attendance_code"), schoolId, "Б", "болел", true, true, 2, true);
        codes.row(ids.next("attendance_code"), schoolId, "УП", "уважительная причина", true, true, 3, true);
        codes.row(ids.next("attendance_code"), schoolId, "ОП", "опоздал", false, false, 4, true);
    }

    /** 2–3 classes per grade for the default size; grades 2 and 5 always have at least А and Б. */
    private void planClasses() {
        int students = size.studentsPerSchool();
        int classCount = Math.max(13, Math.round(students / (float) STUDENTS_PER_CLASS));
        int[] perGrade = new int[12];
        for (int grade = 1; grade <= 11; grade++) {
            perGrade[grade] = 1;
        }
        int[] order = {5, 2, 1, 6, 3, 7, 4, 8, 9, 10, 11};
        for (int extra = 0; extra < classCount - 11; extra++) {
            perGrade[order[extra % order.length]]++;
        }
        int total = 0;
        for (int grade = 1; grade <= 11; grade++) {
            total += perGrade[grade];
        }
        int base = students / total;
        int remainder = students % total;
        int room = 1;
        for (int grade = 1; grade <= 11; grade++) {
            for (int i = 0; i < perGrade[grade]; i++) {
                int seats = base + (remainder-- > 0 ? 1 : 0);
                String classRoom = grade <= 4 ? "1" + String.format("%02d", room++) : "";
                classes.add(new SchoolClass(ids.next("school_class"), grade, String.valueOf(LETTERS.charAt(i)), seats,
                        classRoom));
            }
        }
    }

    private SchoolClass findClass(int grade, String letter) {
        for (SchoolClass c : classes) {
            if (c.grade == grade && c.letter.equals(letter)) {
                return c;
            }
        }
        throw new IllegalStateException("No class " + grade + letter);
    }

    // ---------------------------------------------------------------- staff

    private Person adult(char gender) {
        Surname surname = RussianNames.surname(random);
        MaleName father = RussianNames.male(random);
        if (gender == 'F') {
            return new Person(surname.feminine(), RussianNames.female(random), father.daughterPatronymic(), 'F');
        }
        return new Person(surname.masculine(), RussianNames.male(random).name(), father.sonPatronymic(), 'M');
    }

    private StaffMember hire(char gender, String position, Specialty specialty, String room, String... roles) {
        StaffMember member = new StaffMember(ids.next("staff"), ids.next("user_account"), adult(gender), position,
                specialty, room);
        member.roles.addAll(List.of(roles));
        staff.add(member);
        return member;
    }

    private char teacherGender() {
        return random.nextInt(100) < 85 ? 'F' : 'M';
    }

    private void createStaff() {
        StaffMember director = hire(random.nextBoolean() ? 'F' : 'M', "директор", null, "", "DIRECTOR");
        int deputies = size.studentsPerSchool() > 1000 ? 3 : 2;
        List<StaffMember> deputyList = new ArrayList<>();
        for (int i = 0; i < deputies; i++) {
            deputyList.add(hire('F', "заместитель директора по учебно-воспитательной работе", null, "",
                    "DEPUTY_DIRECTOR"));
        }
        StaffMember admin = hire(random.nextInt(100) < 70 ? 'M' : 'F',
                "инженер (ответственный за электронный журнал)", null, "", "TECH_ADMIN");
        List<StaffMember> tutors = List.of(hire('F', "тьютор", null, "", "TUTOR"), hire('F', "тьютор", null, "", "TUTOR"));
        firstTutor = tutors.get(0);

        // Primary classes: their own teacher, who is also their class teacher.
        for (SchoolClass c : classes) {
            if (c.grade <= 4) {
                StaffMember teacher = hire('F', Specialty.PRIMARY.position, Specialty.PRIMARY, c.room,
                        "CLASS_TEACHER", "SUBJECT_TEACHER");
                c.classTeacher = teacher;
                teacher.homeClass = c;
            }
        }
        // Specialists: as many as the hours need.
        Map<Specialty, Integer> hours = new EnumMap<>(Specialty.class);
        for (SchoolClass c : classes) {
            for (Subject subject : Curriculum.SUBJECTS) {
                Specialty specialty = subject.specialtyIn(c.grade);
                if (subject.hoursIn(c.grade) > 0 && specialty != Specialty.PRIMARY) {
                    hours.merge(specialty, subject.hoursIn(c.grade), Integer::sum);
                }
            }
        }
        int room = 201;
        for (Map.Entry<Specialty, Integer> entry : hours.entrySet()) {
            int count = Math.max(1, (int) Math.ceil(entry.getValue() / (double) TEACHER_HOURS));
            List<StaffMember> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Specialty specialty = entry.getKey();
                String teacherRoom = switch (specialty) {
                    case PE -> "Спортзал";
                    case MUSIC -> "Актовый зал";
                    default -> String.valueOf(room++);
                };
                char gender = specialty == Specialty.PE || specialty == Specialty.SAFETY
                        ? (random.nextBoolean() ? 'M' : 'F') : teacherGender();
                list.add(hire(gender, specialty.position, specialty, teacherRoom, "SUBJECT_TEACHER"));
            }
            teachersBySpecialty.put(entry.getKey(), list);
        }

        Set<String> reserved = new HashSet<>();
        if (namedAccounts) {
            director.login = "director";
            deputyList.get(0).login = "zavuch";
            admin.login = "admin";
            tutors.get(0).login = "tutor";
            teachersBySpecialty.get(Specialty.MATHS).get(0).login = "teacher";
            teachersBySpecialty.get(Specialty.RUSSIAN).get(0).login = "klassruk";
            reserved.addAll(List.of("director", "zavuch", "admin", "tutor", "teacher", "klassruk", "parent", "student",
                    "ruo"));
            takenLogins.addAll(reserved);
        }
        for (StaffMember member : staff) {
            if (member.login == null) {
                member.login = uniqueLogin(member);
            }
        }
    }

    private String uniqueLogin(StaffMember member) {
        String base = RussianNames.transliterate(member.lastName);
        String withInitials = base + "." + RussianNames.transliterate(member.firstName.substring(0, 1))
                + RussianNames.transliterate(member.middleName.substring(0, 1));
        for (String candidate : List.of(base, withInitials)) {
            if (takenLogins.add(candidate)) {
                return candidate;
            }
        }
        for (int n = 2; ; n++) {
            if (takenLogins.add(withInitials + n)) {
                return withInitials + n;
            }
        }
    }

    /** Gives every (class, specialty) group of subjects to a teacher of that specialty. */
    private void allocateTeachers(Map<SchoolClass, Map<Subject, StaffMember>> teacherOf) {
        List<SchoolClass> ordered = new ArrayList<>(classes);
        if (namedAccounts) {
            // The named mathematics teacher teaches 5А, 5Б, 6А and 7А; the named class teacher teaches
            // Russian in 5А: place those groups first so nobody else takes them.
            List<SchoolClass> pinned = List.of(findClass(5, "А"), findClass(5, "Б"), findClass(6, "А"),
                    findClass(7, "А"));
            ordered.removeAll(pinned);
            ordered.addAll(0, pinned);
        }
        for (SchoolClass c : ordered) {
            Map<Specialty, List<Subject>> groups = new EnumMap<>(Specialty.class);
            for (Subject subject : Curriculum.SUBJECTS) {
                if (subject.hoursIn(c.grade) > 0) {
                    groups.computeIfAbsent(subject.specialtyIn(c.grade), s -> new ArrayList<>()).add(subject);
                }
            }
            Map<Subject, StaffMember> byClass = teacherOf.computeIfAbsent(c, k -> new HashMap<>());
            for (Map.Entry<Specialty, List<Subject>> group : groups.entrySet()) {
                int groupHours = group.getValue().stream().mapToInt(s -> s.hoursIn(c.grade)).sum();
                StaffMember teacher;
                if (group.getKey() == Specialty.PRIMARY) {
                    teacher = c.classTeacher;
                } else {
                    List<StaffMember> candidates = teachersBySpecialty.get(group.getKey());
                    teacher = pinnedTeacher(c, group.getKey(), candidates);
                    if (teacher == null) {
                        teacher = candidates.stream().min(Comparator.comparingInt((StaffMember t) -> t.hours))
                                .orElseThrow();
                    }
                }
                teacher.hours += groupHours;
                for (Subject subject : group.getValue()) {
                    byClass.put(subject, teacher);
                }
            }
        }
    }

    private StaffMember pinnedTeacher(SchoolClass c, Specialty specialty, List<StaffMember> candidates) {
        if (!namedAccounts) {
            return null;
        }
        boolean namedMaths = specialty == Specialty.MATHS && c.grade >= 5 && c.grade <= 7
                && (c.letter.equals("А") || (c.grade == 5 && c.letter.equals("Б")));
        boolean namedRussian = specialty == Specialty.RUSSIAN && c.grade == 5 && c.letter.equals("А");
        return namedMaths || namedRussian ? candidates.get(0) : null;
    }

    private void chooseClassTeachers(Map<SchoolClass, Map<Subject, StaffMember>> teacherOf) {
        StaffMember namedMaths = namedAccounts ? teachersBySpecialty.get(Specialty.MATHS).get(0) : null;
        if (namedAccounts) {
            StaffMember klassruk = teachersBySpecialty.get(Specialty.RUSSIAN).get(0);
            SchoolClass fiveA = findClass(5, "А");
            fiveA.classTeacher = klassruk;
            klassruk.homeClass = fiveA;
        }
        for (SchoolClass c : classes) {
            if (c.classTeacher != null) {
                continue;
            }
            Map<StaffMember, Integer> hoursInClass = new HashMap<>();
            teacherOf.get(c).forEach((subject, teacher) -> hoursInClass.merge(teacher, subject.hoursIn(c.grade),
                    Integer::sum));
            StaffMember chosen = hoursInClass.entrySet().stream()
                    .filter(e -> e.getKey().homeClass == null && e.getKey() != namedMaths
                            && e.getKey().specialty != Specialty.PE)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseGet(() -> staff.stream().filter(t -> t.specialty != null && t.specialty != Specialty.PRIMARY
                            && t.homeClass == null && t != namedMaths).findFirst().orElse(null));
            if (chosen != null) {
                c.classTeacher = chosen;
                chosen.homeClass = c;
            }
        }
        for (StaffMember member : staff) {
            if (member.homeClass != null && !member.roles.contains("CLASS_TEACHER")) {
                member.roles.add(0, "CLASS_TEACHER");
            }
        }
    }

    private void writeClasses() {
        Map<SchoolClass, Map<Subject, StaffMember>> teacherOf = new HashMap<>();
        allocateTeachers(teacherOf);
        chooseClassTeachers(teacherOf);
        this.teacherOf = teacherOf;

        Inserter staffRows = table("staff", "id", "school_id", "last_name", "first_name", "middle_name", "gender",
                "position", "email", "phone", "active");
        for (StaffMember member : staff) {
            staffRows.row(member.id, schoolId, member.lastName, member.firstName, member.middleName,
                    String.valueOf(member.gender), member.position, member.login + "@school" + (7 + schoolIndex * 3)
                            + ".example", phone(), true);
        }
        Inserter classRows = table("school_class", "id", "school_id", "academic_year_id", "grade", "letter",
                "class_teacher_id", "period_scheme");
        for (SchoolClass c : classes) {
            classRows.row(c.id, schoolId, yearId, c.grade, c.letter, c.classTeacher == null ? null : c.classTeacher.id,
                    "QUARTERS");
        }
    }

    private static final String CONSENT_SCOPE = "ФИО, дата рождения, адрес, документ, группа здоровья";
    private static final String[] STREETS = {"Советская", "Ленина", "Садовая", "Школьная", "Молодёжная", "Лесная",
        "Победы", "Гагарина", "Мира", "Набережная"};
    private static final String CERTIFICATE_LETTERS = "АБВГДЕЖИКЛМНОПРСТУФХ";

    private String address() {
        return "г. " + CITIES[schoolIndex % CITIES.length] + ", ул. " + STREETS[consentRandom.nextInt(STREETS.length)]
                + ", д. " + (1 + consentRandom.nextInt(80)) + ", кв. " + (1 + consentRandom.nextInt(120));
    }

    private String birthCertificate() {
        char a = CERTIFICATE_LETTERS.charAt(consentRandom.nextInt(CERTIFICATE_LETTERS.length()));
        char b = CERTIFICATE_LETTERS.charAt(consentRandom.nextInt(CERTIFICATE_LETTERS.length()));
        return String.format("свидетельство о рождении II-%c%c %06d", a, b, consentRandom.nextInt(1_000_000));
    }

    private String phone() {
        return String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000), random.nextInt(100),
                random.nextInt(100));
    }

    // ---------------------------------------------------------------- students and families

    private void writeStudentsAndFamilies() {
        List<SchoolClass> seats = new ArrayList<>();
        for (SchoolClass c : classes) {
            for (int i = 0; i < c.seats; i++) {
                seats.add(c);
            }
        }
        Collections.shuffle(seats, random);
        if (namedAccounts) {
            // The named parent: a mother of a 5А student (the named student) and of a 2Б pupil.
            SchoolClass fiveA = findClass(5, "А");
            SchoolClass twoB = findClass(2, "Б");
            seats.remove(fiveA);
            seats.remove(twoB);
            writeFamily(List.of(fiveA, twoB), true);
        }
        while (!seats.isEmpty()) {
            List<SchoolClass> children = new ArrayList<>();
            children.add(seats.remove(seats.size() - 1));
            int roll = random.nextInt(100);
            int siblings = roll < 4 ? 2 : roll < 24 ? 1 : 0;
            for (int s = 0; s < siblings; s++) {
                for (int i = seats.size() - 1; i >= 0; i--) {
                    SchoolClass candidate = seats.get(i);
                    if (children.stream().noneMatch(c -> c.grade == candidate.grade)) {
                        children.add(seats.remove(i));
                        break;
                    }
                }
            }
            writeFamily(children, false);
        }
    }

    private void writeFamily(List<SchoolClass> childClasses, boolean named) {
        Surname surname = RussianNames.surname(random);
        MaleName father = RussianNames.male(random);
        int roll = random.nextInt(100);
        boolean withMother = named || roll < 95;
        boolean withFather = !named && (roll < 65 || roll >= 95);
        Inserter parents = table("parent", "id", "school_id", "last_name", "first_name", "middle_name", "gender",
                "phone", "email");
        Long motherId = null;
        Long fatherId = null;
        if (withMother) {
            motherId = ids.next("parent");
            parents.row(motherId, schoolId, surname.feminine(), RussianNames.female(random),
                    RussianNames.male(random).daughterPatronymic(), "F", phone(), null);
        }
        if (withFather) {
            fatherId = ids.next("parent");
            parents.row(fatherId, schoolId, surname.masculine(), father.name(), RussianNames.male(random).sonPatronymic(),
                    "M", phone(), null);
        }
        if (named) {
            namedParentId = motherId;
        }
        Inserter students = table("student", "id", "school_id", "last_name", "first_name", "middle_name", "gender",
                "birth_date", "address", "document", "health_group");
        Inserter consents = table("consent", "id", "school_id", "student_id", "parent_id", "given_on", "scope");
        Inserter links = table("student_parent", "id", "school_id", "student_id", "parent_id", "relation");
        Inserter enrollments = table("enrollment", "id", "school_id", "student_id", "class_id", "start_date",
                "end_date", "start_reason", "end_reason", "end_note");
        for (SchoolClass c : childClasses) {
            char gender = random.nextBoolean() ? 'F' : 'M';
            String firstName = gender == 'F' ? RussianNames.female(random) : RussianNames.male(random).name();
            String patronymic = gender == 'F' ? father.daughterPatronymic() : father.sonPatronymic();
            long studentId = ids.next("student");
            LocalDate birth = LocalDate.of(yearStart.getYear() - 7 - (c.grade - 1), 9, 1)
                    .plusDays(random.nextInt(365));
            // 152-ФЗ: personal fields only with a consent; about 85 % of families gave one in September.
            Long representative = motherId != null ? motherId : fatherId;
            boolean consent = representative != null && (named || consentRandom.nextInt(100) < 85);
            if (consent) {
                students.row(studentId, schoolId, surname.forGender(gender), firstName, patronymic,
                        String.valueOf(gender), birth, address(), birthCertificate(), 1 + consentRandom.nextInt(3));
                consents.row(ids.next("consent"), schoolId, studentId, representative,
                        yearStart.plusDays(consentRandom.nextInt(10)), CONSENT_SCOPE);
            } else {
                students.row(studentId, schoolId, surname.forGender(gender), firstName, patronymic,
                        String.valueOf(gender), null, null, null, null);
            }
            if (motherId != null) {
                links.row(ids.next("student_parent"), schoolId, studentId, motherId, "MOTHER");
            }
            if (fatherId != null) {
                links.row(ids.next("student_parent"), schoolId, studentId, fatherId, "FATHER");
            }
            Pupil pupil = new Pupil(studentId, random.nextGaussian());
            pupil.enrolledFrom = yearStart;
            String startReason = "ENROLLED";
            String endReason = null;
            String endNote = null;
            int movement = named ? 1000 : random.nextInt(1000);
            int journalDays = Math.max(7, size.weeks() * 7);
            if (movement < 6) {
                pupil.enrolledFrom = yearStart.plusDays(3 + random.nextInt(journalDays - 3));
                startReason = "ARRIVED";
            } else if (movement < 12) {
                pupil.enrolledTo = yearStart.plusDays(3 + random.nextInt(journalDays - 3));
                endReason = "LEFT";
                endNote = "Переезд в другой город";
            }
            enrollments.row(ids.next("enrollment"), schoolId, studentId, c.id, pupil.enrolledFrom, pupil.enrolledTo,
                    startReason, endReason, endNote);
            if (named && c.grade == 5) {
                namedStudentId = studentId;
            }
            c.pupils.add(pupil);
        }
    }

    // ---------------------------------------------------------------- curriculum and timetable

    private void writeSubjectsAndAssignments() {
        Inserter subjects = table("subject", "id", "school_id", "name", "short_name", "sort_order");
        int order = 10;
        for (Subject subject : Curriculum.SUBJECTS) {
            long id = ids.next("subject");
            subjectIds.put(subject, id);
            subjects.row(id, schoolId, subject.name(), subject.shortName(), order);
            order += 10;
        }
        Inserter rows = table("teaching_assignment", "id", "school_id", "academic_year_id", "class_id", "subject_id",
                "teacher_id", "hours_per_week");
        for (SchoolClass c : classes) {
            for (Subject subject : Curriculum.SUBJECTS) {
                int hours = subject.hoursIn(c.grade);
                if (hours > 0) {
                    StaffMember teacher = teacherOf.get(c).get(subject);
                    Assignment a = new Assignment(ids.next("teaching_assignment"), c, subject, teacher, hours);
                    assignments.add(a);
                    rows.row(a.id, schoolId, yearId, c.id, subjectIds.get(subject), teacher.id, BigDecimal.valueOf(hours));
                }
            }
        }
    }

    /**
     * English split into «группа 1» and «группа 2» in grades 5–11 (the class list halved in its order), as
     * members only: the journal keeps one whole-class English assignment, so the generated lessons and
     * marks stay as they are. And one active substitution covering today: the 5А mathematics of the
     * «teacher» login (else of the first mathematics teacher) kept by another mathematics teacher. No
     * random draws, so the rest of the demo is the same as before.
     */
    private void writeSubgroupsAndSubstitution() {
        Inserter groups = table("subgroup", "id", "school_id", "class_id", "subject_id", "name", "active");
        Inserter members = table("subgroup_member", "id", "school_id", "subgroup_id", "student_id");
        for (Subject subject : Curriculum.SUBJECTS) {
            if (subject.specialtyIn(5) != Specialty.ENGLISH) {
                continue;
            }
            for (SchoolClass c : classes) {
                if (c.grade < 5 || subject.hoursIn(c.grade) == 0 || c.pupils.size() < 2) {
                    continue;
                }
                int half = (c.pupils.size() + 1) / 2;
                for (int g = 0; g < 2; g++) {
                    long groupId = ids.next("subgroup");
                    groups.row(groupId, schoolId, c.id, subjectIds.get(subject), "группа " + (g + 1), true);
                    List<Pupil> part = g == 0 ? c.pupils.subList(0, half) : c.pupils.subList(half, c.pupils.size());
                    for (Pupil p : part) {
                        members.row(ids.next("subgroup_member"), schoolId, groupId, p.id);
                    }
                }
            }
        }
        Assignment taken = assignments.stream()
                .filter(a -> a.teacher.specialty == Specialty.MATHS && a.schoolClass.grade == 5)
                .sorted(java.util.Comparator.comparing((Assignment a) -> !"teacher".equals(a.teacher.login))
                        .thenComparing(a -> a.schoolClass.letter))
                .findFirst().orElse(null);
        if (taken == null) {
            return;
        }
        StaffMember substitute = teachersBySpecialty.getOrDefault(Specialty.MATHS, List.of()).stream()
                .filter(t -> t != taken.teacher).findFirst()
                .orElseGet(() -> staff.stream().filter(t -> t != taken.teacher && t.specialty != null
                        && t.specialty != Specialty.PRIMARY).findFirst().orElse(null));
        if (substitute == null) {
            return;
        }
        LocalDate yearEnd = LocalDate.of(yearStart.getYear() + 1, 5, 31);
        LocalDate today = size.today();
        LocalDate start = today.minusDays(2).isBefore(yearStart) ? yearStart : today.minusDays(2);
        LocalDate end = today.plusDays(5).isAfter(yearEnd) ? yearEnd : today.plusDays(5);
        if (start.isAfter(end)) {
            start = yearEnd.minusDays(6);
            end = yearEnd;
        }
        table("substitution", "id", "school_id", "assignment_id", "substitute_id", "start_date", "end_date", "reason")
                .row(ids.next("substitution"), schoolId, taken.id, substitute.id, start, end,
                        "курсы повышения квалификации");
    }

    /**
     * A weekly timetable: each class's lessons fill the day from the first lesson on, subjects spread
     * over the week (at most one lesson a day of a subject with up to five hours), and no teacher in two
     * classes at once: when a teacher is busy at the next free lesson of a day, an already placed lesson
     * of that day is swapped with it if both teachers are free then.
     */
    private List<Slot> buildTimetable() {
        Set<String> teacherBusy = new HashSet<>();
        List<Slot> slots = new ArrayList<>();
        List<SchoolClass> order = new ArrayList<>(classes);
        order.sort(Comparator.comparingInt((SchoolClass c) -> -c.grade)); // most hours first
        for (SchoolClass c : order) {
            List<Assignment> units = new ArrayList<>();
            for (Assignment a : assignments) {
                if (a.schoolClass == c) {
                    for (int h = 0; h < a.hours; h++) {
                        units.add(a);
                    }
                }
            }
            units.sort(Comparator.comparingInt((Assignment a) -> -a.hours));
            Assignment[][] grid = new Assignment[6][MAX_LESSONS_PER_DAY + 1];
            int[] dayLoad = new int[6];
            Map<Long, int[]> perDay = new HashMap<>();
            for (Assignment unit : units) {
                int[] subjectDays = perDay.computeIfAbsent(unit.id, k -> new int[6]);
                boolean placed = false;
                for (int pass = 0; pass < 3 && !placed; pass++) {
                    List<Integer> days = new ArrayList<>(List.of(1, 2, 3, 4, 5));
                    Collections.shuffle(days, random);
                    days.sort(Comparator.comparingInt(d -> dayLoad[d]));
                    for (int day : days) {
                        int number = dayLoad[day] + 1;
                        int maxPerDay = pass == 0 && unit.hours <= 5 ? 1 : 2;
                        if (number > MAX_LESSONS_PER_DAY || subjectDays[day] >= maxPerDay) {
                            continue;
                        }
                        int position = freePosition(unit, day, number, grid, teacherBusy, pass == 2);
                        if (position > 0) {
                            if (position != number) {
                                Assignment moved = grid[day][position];
                                teacherBusy.remove(busyKey(moved, day, position));
                                grid[day][number] = moved;
                                teacherBusy.add(busyKey(moved, day, number));
                            }
                            grid[day][position] = unit;
                            teacherBusy.add(busyKey(unit, day, position));
                            dayLoad[day]++;
                            subjectDays[day]++;
                            placed = true;
                            break;
                        }
                    }
                }
            }
            for (int day = 1; day <= 5; day++) {
                for (int number = 1; number <= dayLoad[day]; number++) {
                    Assignment a = grid[day][number];
                    String room = a.subject.specialtyIn(c.grade) == Specialty.PRIMARY || a.teacher.room.isEmpty()
                            ? c.room : a.teacher.room;
                    slots.add(new Slot(day, number, a, room));
                }
            }
        }
        Inserter rows = table("timetable_slot", "id", "school_id", "class_id", "assignment_id", "weekday",
                "lesson_number", "room", "valid_from", "valid_to");
        for (Slot slot : slots) {
            rows.row(ids.next("timetable_slot"), schoolId, slot.assignment.schoolClass.id, slot.assignment.id,
                    slot.weekday, slot.lessonNumber, slot.room, yearStart, null);
        }
        slots.sort(Comparator.comparingInt(Slot::weekday).thenComparingInt(Slot::lessonNumber));
        return slots;
    }

    /**
     * Where {@code unit} can go on {@code day} when the day's next lesson is {@code next}: {@code next}
     * itself, or the position of a placed lesson that can move to {@code next}; 0 when nowhere.
     */
    private static int freePosition(Assignment unit, int day, int next, Assignment[][] grid, Set<String> busy,
                                    boolean ignoreClashes) {
        if (ignoreClashes || !busy.contains(busyKey(unit, day, next))) {
            return next;
        }
        for (int position = 1; position < next; position++) {
            Assignment other = grid[day][position];
            if (other.teacher != unit.teacher && !busy.contains(busyKey(unit, day, position))
                    && !busy.contains(busyKey(other, day, next))) {
                return position;
            }
        }
        return 0;
    }

    private static String busyKey(Assignment a, int day, int number) {
        return a.teacher.id + "/" + day + "/" + number;
    }

    // ---------------------------------------------------------------- the journal

    private boolean isSchoolDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        for (LocalDate[] quarter : quarters) {
            if (!date.isBefore(quarter[0]) && !date.isAfter(quarter[1])) {
                return true;
            }
        }
        return false;
    }

    private void planIllness(LocalDate end) {
        for (SchoolClass c : classes) {
            for (Pupil pupil : c.pupils) {
                for (LocalDate day = yearStart; day.isBefore(end); day = day.plusDays(1)) {
                    if (isSchoolDay(day) && random.nextInt(1000) < 12) {
                        int length = 2 + random.nextInt(4);
                        LocalDate ill = day;
                        for (int i = 0; i < length; ill = ill.plusDays(1)) {
                            if (isSchoolDay(ill)) {
                                pupil.illDays.add(ill);
                                i++;
                            }
                            if (ill.isAfter(end)) {
                                break;
                            }
                        }
                        day = ill;
                    }
                }
            }
        }
    }

    /** A mark from the pupil's ability: about 30 % «5», 40 % «4», 25 % «3», 5 % «2» over the school. */
    private String markFor(Pupil pupil, int weight) {
        // Harder works (bigger weight) come out a little lower, as they do.
        double score = 4.02 - 0.08 * (weight - 1) + 0.6 * pupil.ability + 0.67 * random.nextGaussian();
        if (score >= 4.5) {
            return "5";
        }
        if (score >= 3.5) {
            return "4";
        }
        return score >= 2.5 ? "3" : "2";
    }

    private void writeJournal(List<Slot> timetable) {
        LocalDate end = yearStart.plusWeeks(size.weeks());
        planIllness(end);
        Map<Integer, List<Slot>> byWeekday = new HashMap<>();
        for (Slot slot : timetable) {
            byWeekday.computeIfAbsent(slot.weekday, d -> new ArrayList<>()).add(slot);
        }
        Inserter lessons = table("lesson", "id", "school_id", "assignment_id", "lesson_date", "lesson_number",
                "teacher_id", "topic", "homework", "updated_at");
        Inserter works = table("work", "id", "school_id", "lesson_id", "work_type", "weight", "title");
        Inserter marks = table("mark", "id", "school_id", "work_id", "student_id", "value", "comment", "created_by",
                "created_at", "updated_at", "version");
        Inserter attendance = table("attendance", "id", "school_id", "lesson_id", "student_id", "code", "reason",
                "created_by", "created_at", "updated_by", "updated_at", "version");
        for (LocalDate date = yearStart; date.isBefore(end); date = date.plusDays(1)) {
            if (!isSchoolDay(date)) {
                continue;
            }
            for (Slot slot : byWeekday.getOrDefault(date.getDayOfWeek().getValue(), List.of())) {
                Assignment a = slot.assignment;
                int index = a.lessonsSoFar++;
                long lessonId = ids.next("lesson");
                boolean firstGrade = a.schoolClass.grade == 1;
                LocalDateTime filledAt = date.atTime(LocalTime.of(9 + slot.lessonNumber, 50));
                if (random.nextInt(100) == 0) {
                    filledAt = filledAt.plusDays(2 + random.nextInt(4)); // the filling-control report has something to find
                }
                String homework = firstGrade || random.nextInt(100) < 2 ? "" : Curriculum.homework(a.subject, index, random);
                lessons.row(lessonId, schoolId, a.id, date, slot.lessonNumber, a.teacher.id,
                        Curriculum.topic(a.subject, index), homework, filledAt);

                List<Pupil> present = new ArrayList<>();
                for (Pupil pupil : a.schoolClass.pupils) {
                    if (!pupil.enrolledOn(date)) {
                        continue;
                    }
                    String code = absence(pupil, date);
                    if (code != null) {
                        attendance.row(ids.next("attendance"), schoolId, lessonId, pupil.id, code, reason(code),
                                a.teacher.accountId, filledAt, null, null, 0);
                    }
                    if (code == null || code.equals("ОП")) {
                        present.add(pupil);
                    }
                }
                if (firstGrade || present.isEmpty()) {
                    continue; // 1st grade: no marks (and no homework, above)
                }
                List<WorkKind> classWorks = a.subject.classWorks();
                int every = Math.max(3, Math.min(8, a.hours * 2));
                if (!classWorks.isEmpty() && index % every == every - 1) {
                    WorkKind kind = classWorks.get(random.nextInt(classWorks.size()));
                    long workId = ids.next("work");
                    works.row(workId, schoolId, lessonId, kind.type(), kind.weight(), kind.title());
                    for (Pupil pupil : present) {
                        if (random.nextInt(100) < 93) {
                            marks.row(ids.next("mark"), schoolId, workId, pupil.id, markFor(pupil, kind.weight()), "",
                                    a.teacher.accountId, filledAt, null, 0);
                        }
                    }
                }
                if (a.subject.specialty() != Specialty.PE || random.nextInt(3) == 0) {
                    WorkKind kind = a.subject.homework() != Curriculum.HomeworkStyle.NONE && random.nextInt(4) == 0
                            ? Curriculum.HOMEWORK_CHECK : Curriculum.ANSWER;
                    long workId = ids.next("work");
                    works.row(workId, schoolId, lessonId, kind.type(), kind.weight(), kind.title());
                    Collections.shuffle(present, random);
                    int answered = Math.min(present.size(), 2 + random.nextInt(4));
                    for (Pupil pupil : present.subList(0, answered)) {
                        marks.row(ids.next("mark"), schoolId, workId, pupil.id, markFor(pupil, kind.weight()), "",
                                a.teacher.accountId, filledAt, null, 0);
                    }
                }
            }
        }
    }

    /** Н 0.5 %, УП 0.3 %, ОП 0.4 % of lessons, Б on days of illness (≈ 4 %). */
    private String absence(Pupil pupil, LocalDate date) {
        if (pupil.illDays.contains(date)) {
            return "Б";
        }
        int roll = random.nextInt(1000);
        if (roll < 5) {
            return "Н";
        }
        if (roll < 8) {
            return "УП";
        }
        return roll < 12 ? "ОП" : null;
    }

    private static String reason(String code) {
        return switch (code) {
            case "Б" -> "Болезнь";
            case "УП" -> "Заявление родителей";
            case "ОП" -> "Опоздание";
            default -> "";
        };
    }

    // ---------------------------------------------------------------- tutors

    /**
     * The first tutor follows four students of a 5th-grade class from the start of the year: the named
     * student (in the school with the named accounts) and the first pupils of that student's class. No
     * random numbers, so the rest of the data stays as it was.
     */
    private void writeTutorStudents() {
        SchoolClass chosen = null;
        for (SchoolClass c : classes) {
            boolean hasNamed = c.pupils.stream().anyMatch(p -> p.id == namedStudentId);
            if (hasNamed || chosen == null && c.grade == 5) {
                chosen = c;
                if (hasNamed) {
                    break;
                }
            }
        }
        if (chosen == null || firstTutor == null) {
            return;
        }
        Inserter rows = table("tutor_student", "id", "school_id", "tutor_id", "student_id", "start_date", "end_date");
        java.util.LinkedHashSet<Long> students = new java.util.LinkedHashSet<>();
        if (chosen.pupils.stream().anyMatch(p -> p.id == namedStudentId)) {
            students.add(namedStudentId);
        }
        for (Pupil p : chosen.pupils) {
            if (students.size() >= 4) {
                break;
            }
            students.add(p.id);
        }
        for (long student : students) {
            rows.row(ids.next("tutor_student"), schoolId, firstTutor.id, student, yearStart, null);
        }
    }

    // ---------------------------------------------------------------- accounts

    private void writeAccounts() {
        Inserter accounts = table("user_account", "id", "school_id", "login", "password_hash", "active",
                "must_change_password", "staff_id", "student_id", "parent_id", "created_at");
        Inserter roles = table("account_role", "id", "school_id", "account_id", "role");
        LocalDateTime created = yearStart.minusDays(7).atTime(10, 0);
        for (StaffMember member : staff) {
            accounts.row(member.accountId, schoolId, member.login, passwordHash, true, false, member.id, null, null,
                    created);
            for (String role : member.roles) {
                roles.row(ids.next("account_role"), schoolId, member.accountId, role);
            }
        }
        if (namedAccounts) {
            long parentAccount = ids.next("user_account");
            accounts.row(parentAccount, schoolId, "parent", passwordHash, true, false, null, null, namedParentId, created);
            roles.row(ids.next("account_role"), schoolId, parentAccount, "PARENT");
            long studentAccount = ids.next("user_account");
            accounts.row(studentAccount, schoolId, "student", passwordHash, true, false, null, namedStudentId, null,
                    created);
            roles.row(ids.next("account_role"), schoolId, studentAccount, "STUDENT");
            // the municipal specialist (районный отдел образования): no person of the school, reads every school
            long municipalAccount = ids.next("user_account");
            accounts.row(municipalAccount, schoolId, "ruo", passwordHash, true, false, null, null, null, created);
            roles.row(ids.next("account_role"), schoolId, municipalAccount, "MUNICIPAL");
        }
    }
}
